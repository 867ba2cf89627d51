"""Form fields shared by every app."""

from django import forms
from django.core.exceptions import ValidationError

# The ids a database can hold (a signed 64-bit integer). SQLite cannot even be asked
# about a larger one (OverflowError), so such a choice is refused before the query.
ID_RANGE = range(-(2**63), 2**63)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's field, refusing ids no database can hold as invalid choices (a form
    error, not a 500)."""

    def _check_values(self, value):
        if (self.to_field_name or "pk") == "pk":
            for choice in value:
                try:
                    number = int(str(choice))
                except ValueError:
                    continue  # not a number: Django's own check names it
                if number not in ID_RANGE:
                    raise ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": choice},
                    )
        return super()._check_values(value)
