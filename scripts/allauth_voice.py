# ruff: noqa: RUF001 (Welsh and Django write the curly apostrophe)
"""ShareHub's words for allauth's pages: writes sharehub/locale_vendor/en (allauth's
stock English strings in sentence case and ShareHub's voice), sets the matching Welsh
in sharehub/locale_vendor/cy, and adds Welsh for Django's password rules (Django
ships none). Run it again after upgrading allauth (it stops if a msgid it rewrites
has gone), then `make messages` to compile:

    .venv/bin/python scripts/allauth_voice.py
"""

import os
from pathlib import Path

import allauth
import polib

ROOT = Path(__file__).resolve().parents[1]
A = str(Path(allauth.__file__).parent / "locale/en/LC_MESSAGES/django.po")
EN = str(ROOT / "sharehub/locale_vendor/en/LC_MESSAGES/django.po")
CY = str(ROOT / "sharehub/locale_vendor/cy/LC_MESSAGES/django.po")

# (msgctxt or None, start of allauth's msgid) -> (ShareHub English, Welsh)
VOICE = [
    (None, "Sign In", "Sign in", "Mewngofnodi"),
    (None, "Sign Out", "Sign out", "Allgofnodi"),
    (
        None,
        "Send me a sign-in code",
        "E-mail me a sign-in code",
        "Anfon cod mewngofnodi ataf drwy e-bost",
    ),
    (
        None,
        "You will receive a special code for a password-free sign-in.",
        "We will e-mail you a code that signs you in once, without your password.",
        "Byddwn yn anfon cod atoch drwy e-bost a fydd yn eich mewngofnodi unwaith, heb eich cyfrinair.",
    ),
    (None, "Request Code", "Send me the code", "Anfon y cod ataf"),
    (None, "Other sign-in options", "Other ways to sign in", "Ffyrdd eraill o fewngofnodi"),
    (None, "Email", "E-mail address", "Cyfeiriad e-bost"),
    (None, "Email address", "E-mail address", "Cyfeiriad e-bost"),
    (None, "Enter Sign-In Code", "Enter your sign-in code", "Rhowch eich cod mewngofnodi"),
    (
        None,
        "We've sent a code to %(recipient)s.",
        "We have e-mailed a code to %(recipient)s. It works for a few minutes only, so enter it soon.",
        "Rydym wedi anfon cod drwy e-bost at %(recipient)s. Dim ond am ychydig funudau y mae’n gweithio, felly rhowch ef cyn bo hir.",
    ),
    (None, "Request new code", "Send me a new code", "Anfon cod newydd ataf"),
    (None, "Password Reset", "Reset your password", "Ailosod eich cyfrinair"),
    (
        None,
        "Forgotten your password? Enter your email address below",
        "Enter the e-mail address you use for ShareHub. We will e-mail you a link to choose a new password.",
        "Rhowch y cyfeiriad e-bost rydych chi’n ei ddefnyddio ar gyfer ShareHub. Byddwn yn anfon dolen atoch drwy e-bost i ddewis cyfrinair newydd.",
    ),
    (None, "Reset My Password", "Send me the link", "Anfon y ddolen ataf"),
    (
        None,
        "Please contact us if you have any trouble resetting your password.",
        "If you cannot reset your password, contact the ShareHub team.",
        "Os na allwch ailosod eich cyfrinair, cysylltwch â thîm ShareHub.",
    ),
    (
        None,
        "We have sent you an email. If you have not received it",
        "If that address has a ShareHub account, we have e-mailed it a link to choose a new password. If nothing arrives within a few minutes, check your spam or junk folder.",
        "Os oes gan y cyfeiriad hwnnw gyfrif ShareHub, rydym wedi anfon dolen ato drwy e-bost i ddewis cyfrinair newydd. Os na fydd dim yn cyrraedd o fewn ychydig funudau, edrychwch yn eich ffolder sbam neu sothach.",
    ),
    (None, "Change Password", "Change your password", "Newid eich cyfrinair"),
    (None, "Set Password", "Set a password", "Gosod cyfrinair"),
    (None, "Bad Token", "This link does not work", "Nid yw’r ddolen hon yn gweithio"),
    (
        None,
        "The password reset link was invalid",
        'The link to reset your password has expired or has already been used. <a class="govuk-link" href="%(passwd_reset_url)s">Ask for a new link</a>.',
        'Mae’r ddolen i ailosod eich cyfrinair wedi dod i ben neu wedi cael ei defnyddio’n barod. <a class="govuk-link" href="%(passwd_reset_url)s">Gofynnwch am ddolen newydd</a>.',
    ),
    (
        None,
        "Your password is now changed.",
        "Your password is changed. You can sign in with it now.",
        "Mae eich cyfrinair wedi newid. Gallwch fewngofnodi ag ef nawr.",
    ),
    (
        None,
        "Verify Your Email Address",
        "Confirm your e-mail address",
        "Cadarnhewch eich cyfeiriad e-bost",
    ),
    (
        None,
        "We have sent an email to you for verification. Follow the link",
        "We have e-mailed you a link. Follow it to finish creating your account. If the e-mail is not in your inbox within a few minutes, check your spam or junk folder.",
        "Rydym wedi anfon dolen atoch drwy e-bost. Dilynwch hi i orffen creu eich cyfrif. Os nad yw’r e-bost yn eich mewnflwch o fewn ychydig funudau, edrychwch yn eich ffolder sbam neu sothach.",
    ),
    (
        None,
        "This part of the site requires us to verify",
        "Before you can share on ShareHub, confirm your e-mail address, so we know it is yours.",
        "Cyn y gallwch rannu ar ShareHub, cadarnhewch eich cyfeiriad e-bost, fel ein bod yn gwybod mai chi sydd piau ef.",
    ),
    (
        None,
        "We have sent an email to you for\nverification.",
        "We have e-mailed you a link: follow it to confirm your address. If the e-mail is not in your inbox within a few minutes, check your spam or junk folder.",
        "Rydym wedi anfon dolen atoch drwy e-bost: dilynwch hi i gadarnhau eich cyfeiriad. Os nad yw’r e-bost yn eich mewnflwch o fewn ychydig funudau, edrychwch yn eich ffolder sbam neu sothach.",
    ),
    (
        None,
        "<strong>Note:</strong> you can still",
        'Wrong address? You can still <a class="govuk-link" href="%(email_url)s">change your e-mail address</a>.',
        'Cyfeiriad anghywir? Gallwch <a class="govuk-link" href="%(email_url)s">newid eich cyfeiriad e-bost</a> o hyd.',
    ),
    (
        None,
        "Confirm Email Address",
        "Confirm your e-mail address",
        "Cadarnhewch eich cyfeiriad e-bost",
    ),
    (
        None,
        'Please confirm that <a href="mailto:%(email)s">',
        "Confirm that %(email)s is your e-mail address, for the account of %(user_display)s.",
        "Cadarnhewch mai %(email)s yw eich cyfeiriad e-bost, ar gyfer cyfrif %(user_display)s.",
    ),
    (
        None,
        "This email confirmation link expired or is invalid.",
        'This link to confirm your e-mail address has expired or does not work. <a class="govuk-link" href="%(email_url)s">Send a new link</a>.',
        'Mae’r ddolen hon i gadarnhau eich cyfeiriad e-bost wedi dod i ben neu nid yw’n gweithio. <a class="govuk-link" href="%(email_url)s">Anfon dolen newydd</a>.',
    ),
    (None, "Account Inactive", "This account is not active", "Nid yw’r cyfrif hwn yn weithredol"),
    (
        None,
        "This account is inactive.",
        "This account is not active. If you think this is a mistake, contact the ShareHub team.",
        "Nid yw’r cyfrif hwn yn weithredol. Os ydych chi’n credu bod hyn yn gamgymeriad, cysylltwch â thîm ShareHub.",
    ),
    (None, "Confirm Access", "Confirm it is you", "Cadarnhewch mai chi sydd yno"),
    (
        None,
        "Please reauthenticate to safeguard your account.",
        "To keep your account safe, confirm it is you before you go on.",
        "Er mwyn cadw eich cyfrif yn ddiogel, cadarnhewch mai chi sydd yno cyn mynd ymlaen.",
    ),
    (None, "Enter your password:", "Enter your password.", "Rhowch eich cyfrinair."),
    (None, "Alternative options", "Other ways to confirm", "Ffyrdd eraill o gadarnhau"),
    (None, "Sessions", "Where you are signed in", "Ble rydych wedi mewngofnodi"),
    (None, "Started At", "Started", "Amser dechrau"),
    (None, "IP Address", "IP address", "Cyfeiriad IP"),
    (None, "Last seen at", "Last seen", "Gwelwyd ddiwethaf"),
    (None, "Sign Out Other Sessions", "Sign out everywhere else", "Allgofnodi ym mhobman arall"),
    (None, "Two-Factor Authentication", "Two-factor authentication", "Dilysu dau ffactor"),
    (None, "Authenticator App", "Authenticator app", "Ap dilysu"),
    (None, "Security Keys", "Security keys", "Allweddi diogelwch"),
    (None, "Recovery Codes", "Recovery codes", "Codau adfer"),
    (None, "Activate Authenticator App", "Set up an authenticator app", "Gosod ap dilysu"),
    (
        None,
        "Deactivate Authenticator App",
        "Turn off the authenticator app",
        "Diffodd yr ap dilysu",
    ),
    (
        None,
        "Your account is protected by two-factor authentication. Please enter",
        "Your account is protected by two-factor authentication. Enter the code your authenticator app shows.",
        "Mae eich cyfrif wedi’i ddiogelu gan ddilysu dau ffactor. Rhowch y cod y mae eich ap dilysu yn ei ddangos.",
    ),
    (None, "Current Password", "Current password", "Cyfrinair presennol"),
    (None, "New Password", "New password", "Cyfrinair newydd"),
    (
        None,
        "New Password (again)",
        "Type the new password again",
        "Teipiwch y cyfrinair newydd eto",
    ),
    (
        None,
        "Remember Me",
        "Keep me signed in on this device",
        "Cadw fi wedi mewngofnodi ar y ddyfais hon",
    ),
    (None, "Forgot your password?", "Forgotten your password?", "Wedi anghofio eich cyfrinair?"),
]

# Django's password validators: help texts and errors (Django ships no Welsh for them).
DJANGO_CY = [
    (
        "Your password can’t be too similar to your other personal information.",
        "Ni all eich cyfrinair fod yn rhy debyg i’ch gwybodaeth bersonol arall.",
    ),
    (
        "Your password can’t be a commonly used password.",
        "Ni all eich cyfrinair fod yn gyfrinair a ddefnyddir yn aml.",
    ),
    ("Your password can’t be entirely numeric.", "Ni all eich cyfrinair fod yn rhifau i gyd."),
    (
        "The password is too similar to the %(verbose_name)s.",
        "Mae’r cyfrinair yn rhy debyg i’r %(verbose_name)s.",
    ),
    ("This password is too common.", "Mae’r cyfrinair hwn yn rhy gyffredin."),
    ("This password is entirely numeric.", "Mae’r cyfrinair hwn yn rhifau i gyd."),
    ("The two password fields didn’t match.", "Nid yw’r ddau gyfrinair yr un fath."),
]
DJANGO_CY_PLURAL = [
    (
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "Mae’r cyfrinair hwn yn rhy fyr. Rhaid iddo gynnwys o leiaf %d nod.",
    ),
    (
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "Rhaid i’ch cyfrinair gynnwys o leiaf %(min_length)d nod.",
    ),
]

allauth = polib.pofile(A)


def find(ctx, start):
    hits = [
        e for e in allauth if e.msgctxt == ctx and (e.msgid == start or e.msgid.startswith(start))
    ]
    exact = [e for e in hits if e.msgid == start]
    hits = exact or hits
    assert len(hits) == 1, (start, [h.msgid[:60] for h in hits])
    return hits[0]


en = polib.POFile(wrapwidth=79)
en.header = (
    "ShareHub's English for django-allauth's stock strings: sentence case, e-mail with a\n"
    "hyphen, ShareHub's voice. Django reads it for /en/ pages (LOCALE_PATHS); the Welsh\n"
    "for the same msgids is in ../../cy. Built from allauth 65's catalogue: keep the msgids\n"
    "exact (tests/accounts/test_allauth_voice.py checks the pages)."
)
en.metadata = {
    "Project-Id-Version": "ShareHub (django-allauth strings)",
    "PO-Revision-Date": "2026-12-04 20:00+0000",
    "Last-Translator": "ShareHub",
    "Language-Team": "English (ShareHub)",
    "Language": "en",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}
cy = polib.pofile(CY, wrapwidth=79)
cy_index = {(e.msgctxt, e.msgid): e for e in cy}
for ctx, start, english, welsh in VOICE:
    source = find(ctx, start)
    entry = polib.POEntry(
        msgctxt=ctx,
        msgid=source.msgid,
        msgstr=english,
        occurrences=source.occurrences,
        flags=list(source.flags),
    )
    en.append(entry)
    target = cy_index.get((ctx, source.msgid))
    if target is None:
        target = polib.POEntry(
            msgctxt=ctx,
            msgid=source.msgid,
            occurrences=source.occurrences,
            flags=list(source.flags),
        )
        cy.append(target)
        cy_index[(ctx, source.msgid)] = target
    target.msgstr = welsh
for msgid, welsh in DJANGO_CY:
    e = cy_index.get((None, msgid))
    if e is None:
        e = polib.POEntry(
            msgid=msgid, occurrences=[("django/contrib/auth/password_validation.py", "")]
        )
        if "%(" in msgid:
            e.flags.append("python-format")
        cy.append(e)
        cy_index[(None, msgid)] = e
    e.msgstr = welsh
for msgid, plural, welsh in DJANGO_CY_PLURAL:
    e = cy_index.get((None, msgid))
    if e is None:
        e = polib.POEntry(
            msgid=msgid,
            msgid_plural=plural,
            flags=["python-format"],
            occurrences=[("django/contrib/auth/password_validation.py", "")],
        )
        cy.append(e)
        cy_index[(None, msgid)] = e
    n = int(cy.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
    e.msgstr_plural = dict.fromkeys(range(n), welsh)
os.makedirs(os.path.dirname(EN), exist_ok=True)
en.save(EN)
cy.save(CY)
print(f"{len(en)} English and {len(cy)} Welsh messages; now run `make messages`.")
