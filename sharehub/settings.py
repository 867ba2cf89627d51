"""ShareHub settings, configured entirely from environment variables.

Every variable is listed with a one-line comment in `.env.example`. With nothing
set the site uses SQLite inside the working tree; production refuses to start
without a SECRET_KEY.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean; a typo is an error rather than a silent False."""
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_secret(name: str, default: str = "") -> str:
    """Read NAME, or the contents of the file named by NAME_FILE (Docker secrets)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return os.environ.get(name, default)


SECRET_KEY = env_secret("SECRET_KEY")
# With nothing set this is a development checkout (DEBUG on, a throwaway key,
# SQLite, local hosts only). Setting SECRET_KEY turns DEBUG off unless asked;
# DEBUG=false without a SECRET_KEY refuses to start.
DEBUG = env_bool("DEBUG", not SECRET_KEY)
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (see .env.example).")
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "sharehub.accounts.admin_config.ShareHubAdminConfig",  # django.contrib.admin, two factors
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "django_tasks_db",
    "sharehub.core",
    "sharehub.taxonomy",
    "sharehub.accounts",
    "sharehub.gate",
    "sharehub.organisations",
    "sharehub.catalogue",
    "sharehub.contacts",
    "sharehub.attachments",
    "sharehub.moderation",
    "sharehub.notifications",
    "sharehub.comments",
    "sharehub.community",
    "sharehub.opendata",
    "sharehub.search",
    "sharehub.api",
    "sharehub.feeds",
    "sharehub.insights",
    "sharehub.transfer",
]

MIDDLEWARE = [
    # First: the request id is in every log record, and every response is logged and counted.
    "sharehub.core.middleware.RequestIdMiddleware",
    "sharehub.core.middleware.PermissionsPolicyMiddleware",
    "sharehub.core.middleware.HealthCheckMiddleware",
    "sharehub.core.middleware.MetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before anything reads the body (CSRF's check comes later, in process_view).
    "sharehub.core.middleware.RequestSizeLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "sharehub.core.cache.CacheUnavailableMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "sharehub.urls"
WSGI_APPLICATION = "sharehub.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "sharehub.accounts.backends.ModelBackend",  # one statement for permissions
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "search:home"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "sharehub.core.context_processors.site",
            ],
        },
    },
]

# Database: DATABASE_URL wins; DB=postgres uses the postgres image's POSTGRES_* names;
# otherwise SQLite inside the working tree (the embedded default for a first run).
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
elif os.environ.get("DB") == "postgres":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "HOST": os.environ.get("POSTGRES_HOST", "127.0.0.1"),
            "PORT": env_int("POSTGRES_PORT", 5432),
            "NAME": os.environ.get("POSTGRES_DB", "sharehub"),
            "USER": os.environ.get("POSTGRES_USER", "postgres"),
            "PASSWORD": env_secret("POSTGRES_PASSWORD"),
        }
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
        }
    }
DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", 60)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Short web queries: JIT compilation costs more (~80 ms) than it saves; on SSD
    # storage random reads cost about what sequential ones do, so the planner should
    # prefer the GIN indexes; and parallel workers only compete with the other web
    # processes for the same cores (the ranked search: 43 ms with 2, 39 ms without,
    # alone). Override with PG_OPTIONS.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options",
        os.environ.get(
            "PG_OPTIONS",
            "-c jit=off -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0",
        ),
    )
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set (shared by every web process),
# otherwise an in-process cache that suits one development server.
REDIS_URL = os.environ.get("REDIS_URL", "")
# With Redis down pages are still served (sharehub.core.cache: reads miss, writes are
# skipped, rate limits refuse with a message), and sessions live in the database with
# Redis in front (cached_db), so nobody is signed out by an outage.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "sharehub.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "sharehub",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Argon2id (memory-hard; OWASP's first choice and Django's recommended hasher) with
# OWASP's first recommended parameters (sharehub.accounts.hashers): about 0.05 s of CPU
# a sign-in here, against 0.20 s with Django's and 0.31 s for PBKDF2's 1,500,000
# rounds. Passwords stored otherwise still sign in, and are stored again with these
# when they do.
PASSWORD_HASHERS = [
    "sharehub.accounts.hashers.Argon2idHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (django-allauth): sign in by e-mail, with a password or a one-time code
# sent by e-mail. The address is verified before anything can be posted.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False  # a link in the e-mail
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# Confirming signs the person in, but only in the browser that signed up.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Tell people by e-mail when their password or e-mail address changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, written out; counted in the shared cache (Redis in production),
    # except failed sign-ins, which sharehub.accounts.throttle counts so that nobody can
    # lock an account's owner out by failing on purpose:
    # - per client address (10 a minute over all accounts) and per account AND client
    #   address ("key" here is both): one guesser gets 5 tries in 5 minutes, for
    #   passwords and two-factor codes alike, while the owner elsewhere is unaffected;
    "login_failed": "10/m/ip,5/5m/key",
    # - per account from every address: a ceiling for guessing spread over many
    #   addresses. One address can fail at most 60 times an hour, so 100 an hour takes
    #   several at once; it keeps a botnet to 2,400 password guesses a day against
    #   12+ character passwords that are not common ones. Reaching it pauses password
    #   sign-in for that account; the owner can still sign in with a code by e-mail or
    #   reset the password (which clears it).
    "login_failed_account": "100/h/key",
    # - two-factor codes: only someone who already has the password gets this far, and
    #   a 6-digit code is easier to guess than a password, so the ceiling is lower.
    "mfa_failed_account": "20/h/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "login": "30/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "ShareHub: "
# ShareHub's wording and look: e-mails leave through the background task (adapter),
# the sign-up form explains the password rules, and people are shown by their name.
ACCOUNT_ADAPTER = "sharehub.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "sharehub.accounts.forms.LoginForm",
    "signup": "sharehub.accounts.forms.SignupForm",
    "change_password": "sharehub.accounts.forms.ChangePasswordForm",
    "set_password": "sharehub.accounts.forms.SetPasswordForm",
    "reset_password_from_key": "sharehub.accounts.forms.ResetPasswordKeyForm",
}
ACCOUNT_USER_DISPLAY = "sharehub.accounts.adapter.user_display"
# Two-factor codes counted per account and client too (sharehub.accounts.throttle).
MFA_FORMS = {
    "authenticate": "sharehub.accounts.forms.MFAAuthenticateForm",
    "reauthenticate": "sharehub.accounts.forms.MFAReauthenticateForm",
}
# Behind a proxy every request comes from the proxy's address: with this many proxies
# of our own in front (the TLS proxy: 1), allauth's rate limits take the client's address
# from X-Forwarded-For instead (the entry the nearest trusted proxy added), so each
# person has their own counters. 0 (default) ignores X-Forwarded-For, which anyone can forge.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Each signed-in session is recorded, so a person can sign out elsewhere and
# deleting an account ends every one of its sessions.
USERSESSIONS_TRACK_ACTIVITY = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"

# Languages: English and Welsh, both under a URL prefix (/en/…, /cy/…).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("cy", _("Welsh"))]
# ShareHub's own catalogue first, then the libraries' strings in ShareHub's words:
# Welsh for those that ship none (allauth, Django's password rules), and English in
# sentence case and ShareHub's voice for allauth's pages (locale_vendor/en).
LOCALE_PATHS = [BASE_DIR / "sharehub" / "locale", BASE_DIR / "sharehub" / "locale_vendor"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Where collectstatic writes (and whitenoise serves from with DEBUG off).
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Uploads (attachments and resource files) go through Django's storage API: files under
# MEDIA_ROOT by default (one machine), S3-compatible object storage when a bucket is set (needed
# as soon as there is more than one web process). Objects stay private: no ACL is sent (the
# bucket's own private policy applies) and no URL is ever handed out, signed or not; every
# download goes through ShareHub's download view, which checks who may see the item and sets
# safe headers. /media/ is never served.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": env_secret("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env_secret("AWS_SECRET_ACCESS_KEY") or None,
            "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
# Limits on what people upload (sharehub.core.uploads).
SHAREHUB_UPLOAD_MAX_BYTES = env_int("SHAREHUB_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
SHAREHUB_UPLOAD_MAX_FILES = env_int("SHAREHUB_UPLOAD_MAX_FILES", 5)
SHAREHUB_UPLOAD_MAX_IMAGE_PIXELS = env_int("SHAREHUB_UPLOAD_MAX_IMAGE_PIXELS", 24_000_000)
SHAREHUB_UPLOAD_ZIP_MAX_ENTRIES = env_int("SHAREHUB_UPLOAD_ZIP_MAX_ENTRIES", 1000)
SHAREHUB_UPLOAD_ZIP_MAX_UNPACKED_BYTES = env_int(
    "SHAREHUB_UPLOAD_ZIP_MAX_UNPACKED_BYTES", 100 * 1024 * 1024
)
SHAREHUB_UPLOAD_ZIP_MAX_RATIO = env_int("SHAREHUB_UPLOAD_ZIP_MAX_RATIO", 100)
# Request bodies above this are refused from their Content-Length before they are read
# (core.middleware.RequestSizeLimitMiddleware): every file at its limit, plus 4 MB for
# the form's other fields (DATA_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB) and the multipart framing.
SHAREHUB_REQUEST_MAX_BYTES = env_int(
    "SHAREHUB_REQUEST_MAX_BYTES",
    SHAREHUB_UPLOAD_MAX_BYTES * SHAREHUB_UPLOAD_MAX_FILES + 4 * 1024 * 1024,
)

# E-mail through Django's mailers: the console in development, SMTP otherwise.
EMAIL_BACKEND_PATH = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {"default": {"BACKEND": EMAIL_BACKEND_PATH}}
if EMAIL_BACKEND_PATH.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 587),
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": env_secret("EMAIL_HOST_PASSWORD"),
        "use_tls": env_bool("EMAIL_USE_TLS", True),
        "timeout": env_int("EMAIL_TIMEOUT", 10),
    }
elif EMAIL_BACKEND_PATH.endswith("filebased.EmailBackend"):
    # One file per message in a folder (a staging site, tests/test_scale_out.py).
    if not os.environ.get("EMAIL_FILE_PATH"):
        raise ImproperlyConfigured(
            "EMAIL_FILE_PATH must name a folder for the file e-mail backend."
        )
    MAILERS["default"]["OPTIONS"] = {"file_path": os.environ["EMAIL_FILE_PATH"]}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ShareHub <noreply@sharehub.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (e-mail): run at once in development and tests; in production a
# worker (`manage.py db_worker`, its own docker-compose service) takes them from the database.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django.tasks.backends.immediate.ImmediateBackend"
            if DEBUG
            else "django_tasks_db.DatabaseBackend",
        )
    }
}

# Security headers. HSTS, secure cookies and the HTTPS redirect are on unless DEBUG.
# Trust X-Forwarded-Proto only behind a proxy that sets it (a client could forge it otherwise).
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Logs go to stdout: one JSON object a line in production (LOG_FORMAT=json, the default
# when DEBUG is off), readable lines in development (plain). Every record carries the
# request's id and the worker's pid (sharehub.core.logging); each request is one line
# from "sharehub.request" (sharehub.core.middleware.RequestIdMiddleware).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip().lower() or ("plain" if DEBUG else "json")
if LOG_FORMAT not in ("json", "plain"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or plain, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "sharehub.core.logging.RequestIdFilter"}},
    "formatters": {
        "plain": {"()": "sharehub.core.logging.PlainFormatter"},
        "json": {"()": "sharehub.core.logging.JsonFormatter"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
    },
}

# Errors to an error tracker (Sentry or compatible) when SENTRY_DSN is set; nothing
# is loaded or sent without it. No personal data: no user details, addresses,
# cookies, request bodies, query strings or local variables (sharehub.core.sentry).
SENTRY_DSN = env_secret("SENTRY_DSN")
if SENTRY_DSN:
    from sharehub.core.sentry import init_sentry

    init_sentry(
        SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "development" if DEBUG else "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE") or 0),
    )

# /metrics (Prometheus text) for operators only: from these addresses or networks, or
# with "Authorization: Bearer <METRICS_TOKEN>"; anyone else gets a 404.
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", "127.0.0.1,::1")
METRICS_TOKEN = env_secret("METRICS_TOKEN")

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "sharehub.api.pagination.BoundedPagination",
    "EXCEPTION_HANDLER": "sharehub.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ShareHub API",
    "DESCRIPTION": "Read-only open data: published innovations, resources, contacts and needs.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

# Product knobs.
SHAREHUB_PAGE_SIZE = env_int("SHAREHUB_PAGE_SIZE", 20)
SHAREHUB_MAX_PAGE_SIZE = env_int("SHAREHUB_MAX_PAGE_SIZE", 100)
# Lists stop at this many results deep (no unbounded OFFSET): refine the search instead.
SHAREHUB_MAX_RESULTS = env_int("SHAREHUB_MAX_RESULTS", 1000)
# New innovations, resources, needs, replies and comments one person may add in an hour.
SHAREHUB_NEW_CONTENT_PER_HOUR = env_int("SHAREHUB_NEW_CONTENT_PER_HOUR", 10)
# Messages relayed through "Contact this person", per sender.
SHAREHUB_MESSAGES_PER_HOUR = env_int("SHAREHUB_MESSAGES_PER_HOUR", 5)
SHAREHUB_MESSAGES_PER_DAY = env_int("SHAREHUB_MESSAGES_PER_DAY", 20)
# Invitations to co-author an innovation or resource one person may send in an hour
# (every attempt counts, whether or not the address has an account).
SHAREHUB_COAUTHOR_INVITES_PER_HOUR = env_int("SHAREHUB_COAUTHOR_INVITES_PER_HOUR", 10)
# "Useful" marks and bookmarks one person may add or take back in an hour.
SHAREHUB_MARKS_PER_HOUR = env_int("SHAREHUB_MARKS_PER_HOUR", 200)
# How often one staff member may ask for the open data files to be rebuilt (sharehub.opendata).
SHAREHUB_OPEN_DATA_BUILDS_PER_HOUR = env_int("SHAREHUB_OPEN_DATA_BUILDS_PER_HOUR", 3)
# Organisations one person may add to or remove from their account in an hour.
SHAREHUB_MEMBERSHIP_CHANGES_PER_HOUR = env_int("SHAREHUB_MEMBERSHIP_CHANGES_PER_HOUR", 30)
# Contact listings one account may hold (itself and the organisations it speaks for).
SHAREHUB_CONTACT_MAX_LISTINGS = env_int("SHAREHUB_CONTACT_MAX_LISTINGS", 3)
# manage.py import_content: who imported content is attributed to when the file
# has no person records (an inactive account, made on first use).
SHAREHUB_IMPORT_ACCOUNT = os.environ.get("SHAREHUB_IMPORT_ACCOUNT", "import@sharehub.invalid")
# Moderation: an author's first N submissions wait for a moderator; after N approvals
# their posts publish at once. K reports from different people hide an item for review.
SHAREHUB_TRUST_AFTER = env_int("SHAREHUB_TRUST_AFTER", 2)
SHAREHUB_REPORTS_TO_HIDE = env_int("SHAREHUB_REPORTS_TO_HIDE", 3)
# Open questions with no reply after this many days are shown on the home page.
SHAREHUB_UNANSWERED_AFTER_DAYS = env_int("SHAREHUB_UNANSWERED_AFTER_DAYS", 14)
# Minutes after posting during which the author may still edit a comment.
SHAREHUB_COMMENT_EDIT_MINUTES = env_int("SHAREHUB_COMMENT_EDIT_MINUTES", 15)
# Comment threads shown under an item at once; more are a page away (?comments=2).
SHAREHUB_COMMENT_THREADS_PER_PAGE = env_int("SHAREHUB_COMMENT_THREADS_PER_PAGE", 20)
# Where people report accessibility problems and ask about their data (statement pages).
SHAREHUB_CONTACT_EMAIL = os.environ.get("SHAREHUB_CONTACT_EMAIL", "sharehub@sharehub.example")
