"""Django's ModelBackend, with a person's permissions read in one statement.

Every signed-in page asks whether its reader moderates (the header's "Moderation"
link), and Django's backend answers with two ORM queries (the person's own
permissions, then their groups'), whose building costs more than running them:
about a tenth of an item page's time for a signed-in reader. This reads the same
set in one plain statement, once a request (kept on the user object, as Django
does). Superusers, inactive accounts and object permissions are Django's own
code, unchanged."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection


class ModelBackend(DjangoModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if (
            user_obj.is_active
            and not user_obj.is_anonymous
            and not user_obj.is_superuser
            and obj is None
            and not hasattr(user_obj, "_perm_cache")
        ):
            user_obj._perm_cache = _permissions(user_obj.pk)
        return super().get_all_permissions(user_obj, obj)


def _permissions(user_id) -> set[str]:
    """ "app_label.codename" of every permission the person has, directly or through
    a group."""
    qn = connection.ops.quote_name
    User = get_user_model()
    own = User.user_permissions.through._meta
    member = User.groups.through._meta
    granted = Group.permissions.through._meta
    permission, content_type = qn(Permission._meta.db_table), qn(ContentType._meta.db_table)
    sql = f"""
        SELECT ct.app_label, p.codename FROM {permission} p
        JOIN {content_type} ct ON ct.id = p.content_type_id
        WHERE p.id IN (
            SELECT permission_id FROM {qn(own.db_table)} WHERE user_id = %s
            UNION
            SELECT g.permission_id FROM {qn(granted.db_table)} g
            JOIN {qn(member.db_table)} m ON m.group_id = g.group_id WHERE m.user_id = %s
        )"""
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id, user_id])
        return {f"{app_label}.{codename}" for app_label, codename in cursor.fetchall()}
