"""Text for the gate's tests: none, possible and certain personal data."""

NONE = "We moved the tea round to mid-morning and people drank more."
# A postcode and a phone number: possible, not certain.
POSSIBLE = "Ring the team on 029 2000 0000, we are at CF83 1AB."
# An NHS number with a valid check digit, a date of birth next to a name.
CERTAIN = "Mr Davies, DOB 14/07/1944, NHS 943 476 5919, CF83 1AB"
TEXTS = {"none": NONE, "possible": POSSIBLE, "certain": CERTAIN}
