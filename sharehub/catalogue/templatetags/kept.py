"""`{% shared_part item "name" %}…{% endshared_part %}`: a part of an item's page that
is the same for everyone, signed in or not, kept while nothing it shows has changed
(sharehub.taxonomy.kept_pages.shared_part). What it reads should be lazy in the
context, so a kept part costs no query."""

from django import template

from sharehub.taxonomy import kept_pages

register = template.Library()


class SharedPartNode(template.Node):
    def __init__(self, nodelist, item, name):
        self.nodelist, self.item, self.name = nodelist, item, name

    def render(self, context) -> str:
        return kept_pages.shared_part(
            self.item.resolve(context),
            self.name.resolve(context),
            lambda: self.nodelist.render(context),
        )


@register.tag
def shared_part(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f'{{% {bits[0]} item "name" %}}')
    nodelist = parser.parse(("endshared_part",))
    parser.delete_first_token()
    return SharedPartNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
