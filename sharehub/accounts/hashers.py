"""How passwords are stored: Argon2id with OWASP's first recommended configuration
(Password Storage Cheat Sheet: 46 MiB of memory, one pass, one lane).

Django's own Argon2 parameters (100 MiB, two passes, eight lanes) cost about 0.20 s
of CPU a sign-in on a 2-core server; these cost about 0.05 s, which is what lets a
sign-in burst (a shift change) or someone hammering the sign-in form not take the
site's CPU. A password stored with other parameters (or with PBKDF2) still signs in
and is stored again with these when it does (`must_update`)."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idHasher(Argon2PasswordHasher):
    time_cost = 1
    memory_cost = 47104  # KiB: 46 MiB
    parallelism = 1
