"""{% need_suggestions need %}: what may already answer a question, shown to its
asker on the question's page and its preview (sharehub.search.suggestions)."""

from django import template

from sharehub.search.suggestions import for_need

register = template.Library()


@register.inclusion_tag("search/includes/need_suggestions.html", takes_context=True)
def need_suggestions(context, need) -> dict:
    return {
        "suggestions": for_need(need),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "need": need,
    }
