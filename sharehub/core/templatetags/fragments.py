"""`{% cached_for_readers item "name" vary="param" %}…{% endcached_for_readers %}`: the
enclosed part of an item's page, rendered once for everyone who is not signed in and
kept until the item's token changes (sharehub.core.fragments). Signed-in people always
get it rendered for them (it may hold their own buttons). `vary` names a query
parameter (a page number, read by sharehub.core.pagination.lenient_page_number, as
the page's own code must read it) whose number gives separate copies."""

from django import template
from django.utils import translation

from sharehub.core import fragments
from sharehub.core.pagination import lenient_page_number

register = template.Library()

END = "endcached_for_readers"


class CachedForReadersNode(template.Node):
    def __init__(self, nodelist, item, name, vary):
        self.nodelist, self.item, self.name, self.vary = nodelist, item, name, vary

    def render(self, context) -> str:
        request = context.get("request")
        if request is None or request.user.is_authenticated:
            return self.nodelist.render(context)
        vary = ""
        if self.vary is not None:
            vary = str(lenient_page_number(request.GET.get(self.vary.resolve(context))))
        key = fragments.key(
            self.item.resolve(context),
            self.name.resolve(context),
            translation.get_language() or "",
            request.path,
            vary,
        )
        return fragments.kept(key, lambda: self.nodelist.render(context))


@register.tag
def cached_for_readers(parser, token):
    bits = token.split_contents()
    if len(bits) not in (3, 4) or (len(bits) == 4 and not bits[3].startswith("vary=")):
        raise template.TemplateSyntaxError(f'{{% {bits[0]} item "name" [vary="param"] %}}')
    vary = parser.compile_filter(bits[3].removeprefix("vary=")) if len(bits) == 4 else None
    nodelist = parser.parse((END,))
    parser.delete_first_token()
    return CachedForReadersNode(
        nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), vary
    )
