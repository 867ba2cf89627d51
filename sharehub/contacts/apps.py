from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "sharehub.contacts"
