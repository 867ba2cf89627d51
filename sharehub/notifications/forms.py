from django import forms

from sharehub.notifications.models import Delivery, Event


class PreferencesForm(forms.Form):
    """One radio group per event: how e-mail tells the person about it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for event in Event:
            self.fields[event.value] = forms.ChoiceField(
                label=event.label,
                choices=Delivery.choices,
                widget=forms.RadioSelect,
            )
