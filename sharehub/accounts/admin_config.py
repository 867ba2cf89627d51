"""The Django admin, with ShareHub's admin site (sharehub.accounts.admin_site).

Kept apart from the site so that INSTALLED_APPS can name it before models load."""

from django.contrib.admin.apps import AdminConfig


class ShareHubAdminConfig(AdminConfig):
    default_site = "sharehub.accounts.admin_site.ShareHubAdminSite"
