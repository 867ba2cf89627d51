""" "We tried this too": recording that an organisation took up an innovation, and
the author moving their innovation to the "spreading" stage once it has been
taken up somewhere else.

Writes take plain values (forms, commands and tests call them alike). A story
passes the gate like a reply (sharehub.gate.policy): published at once for a
trusted author with nothing certain in it, otherwise held for a moderator, whose
decision goes through sharehub.moderation like any other. When it becomes public
the gate sends `sharehub.gate.signals.published`; the innovation's author is told
from there (KINDS["adoption"].parent_of(adoption) is the innovation).

`adoption_count`, the key of the "most adopted" sort, counts published adoptions
only: it is recounted whenever an adoption is saved with a new status (see
`adoption_saved`, connected in CatalogueConfig.ready), whoever changed it — the
gate's transitions (approve, hide, reject, withdraw, suspension), the admin or this
module.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sharehub.catalogue.models import Adoption, Innovation
from sharehub.catalogue.models.adoptions import Progress
from sharehub.catalogue.models.innovations import ContactPreference
from sharehub.catalogue.services import innovation_refresh_adoption_count
from sharehub.catalogue.workflow import WorkflowError, get_language_code, take_creation_slot
from sharehub.core.models import Status
from sharehub.gate import policy
from sharehub.gate.audit import record
from sharehub.gate.kinds import KINDS
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.transitions import lock, record_created, set_first_state
from sharehub.organisations.services import link as link_organisation
from sharehub.organisations.services import worked_in
from sharehub.taxonomy.models import LocalAuthority, Stage

SPREADING = "spreading"  # the stage slug (DESIGN.md)


@transaction.atomic
def adoption_create(
    *,
    innovation: Innovation,
    author,
    organisation: str,
    local_authority: LocalAuthority,
    started: datetime.date | None,
    progress: str,
    story: str,
    stopped_reason: str = "",
    contact_preference: str = ContactPreference.NONE,
    language: str | None = None,
    limited: bool = True,
) -> Adoption:
    """Record that `author`'s organisation took up a published innovation. The region
    is the local authority's; `started` is kept as the first of its month. Raises
    WorkflowError (the innovation is not published, or the gate refuses),
    ValidationError (a value is wrong) or RateLimited (the hourly allowance;
    `limited=False` skips it, for an operator's import)."""
    if not Innovation.objects.published().filter(pk=innovation.pk).exists():
        raise WorkflowError(_("Only published innovations can be taken up."))
    organisation = " ".join((organisation or "").split())
    story = (story or "").strip()
    stopped_reason = (stopped_reason or "").strip() if progress == Progress.STOPPED else ""
    if progress not in Progress.values:
        raise ValidationError({"progress": _("Choose how far it has got")})
    if progress == Progress.STOPPED and not stopped_reason:
        raise ValidationError({"stopped_reason": _("Say why it stopped")})
    if started is None:
        raise ValidationError({"started": _("Enter the month and year you started")})
    started = started.replace(day=1)
    if started > timezone.localdate():
        raise ValidationError({"started": _("When you started must be this month or earlier")})
    values = {"organisation": organisation, "story": story, "stopped_reason": stopped_reason}
    decision = policy.decide(KINDS["adoption"], author, values)
    if decision.verdict == policy.Verdict.REFUSE:
        raise WorkflowError(decision.message)
    adoption = Adoption(
        innovation=innovation,
        author=author,
        organisation=organisation,
        local_authority=local_authority,
        region_id=local_authority.region_id,
        started=started,
        progress=progress,
        stopped_reason=stopped_reason,
        story=story,
        contact_preference=contact_preference,
        language=language or get_language_code(),
        personal_data_confirmed_at=timezone.now(),
    )
    adoption.full_clean(exclude=["innovation", "author", "local_authority", "region"])
    if limited:
        take_creation_slot(author)
    set_first_state(adoption, decision)
    adoption.save()
    # Where it works shows on the organisation's public page: once the story is public
    # (a moderator's approval later: `adoption_saved`).
    published = adoption.status == Status.PUBLISHED
    link_organisation(adoption, place=local_authority if published else None)
    record_created(adoption, decision, actor=author)
    return adoption


def adoption_saved(sender, instance: Adoption, update_fields=None, **kwargs) -> None:
    """post_save of Adoption: a new row or a new status recounts its innovation."""
    if update_fields is None or "status" in update_fields:
        innovation_refresh_adoption_count(innovation_ids=[instance.innovation_id])
        if (
            instance.status == Status.PUBLISHED
            and instance.organisation_record_id
            and instance.local_authority_id
        ):
            worked_in(instance.organisation_record_id, instance.local_authority_id)


def adoption_deleted(sender, instance: Adoption, **kwargs) -> None:
    innovation_refresh_adoption_count(innovation_ids=[instance.innovation_id])


# --- The "spreading" stage ------------------------------------------------------------


def adopted_elsewhere(innovation: Innovation) -> bool:
    """Whether a published adoption is in a local authority that is not the
    innovation's own: not one of its local authorities, nor inside one of the
    regions it names (All Wales names no place of its own)."""
    own_las = [la.pk for la in innovation.local_authorities.all()]
    own_regions = [r.pk for r in innovation.regions.all()]
    return (
        Adoption.objects.published()
        .filter(innovation=innovation, local_authority__isnull=False)
        .exclude(local_authority__in=own_las)
        .exclude(local_authority__region__in=own_regions)
        .exists()
    )


def can_offer_spreading(innovation: Innovation, user) -> bool:
    """The offer on the innovation page: only its author, only while it is published,
    not yet spreading, and taken up somewhere else."""
    if not user.is_authenticated:
        return False
    if innovation.author_id != user.pk:
        return False
    if innovation.status != Status.PUBLISHED:
        return False
    if innovation.stage is not None and innovation.stage.slug == SPREADING:
        return False
    return adopted_elsewhere(innovation)


@transaction.atomic
def innovation_move_to_spreading(innovation: Innovation, *, user) -> Innovation:
    """The author confirms their innovation is spreading: its stage becomes
    `spreading`, audited (who, when, from which stage). Only the author, only for a
    published innovation taken up in another local authority."""
    current = lock(innovation, owner=user)  # anyone else: TransitionRefused
    if current.status != Status.PUBLISHED:
        raise WorkflowError(
            _("Only a published innovation can move to “Spreading to other places”.")
        )
    stage = Stage.objects.get(slug=SPREADING)
    if current.stage_id == stage.pk:
        raise WorkflowError(
            _("This innovation is already at the stage “Spreading to other places”.")
        )
    if not adopted_elsewhere(current):
        raise WorkflowError(
            _(
                "An innovation moves to “Spreading to other places” once someone in another place has taken it up."
            )
        )
    before = current.stage.slug if current.stage_id else ""
    current.stage = stage
    current.save(update_fields=["stage", "updated_at"])
    record(
        actor=user,
        action=Action.EDIT,
        target=current,
        reason_code=ReasonCode.FIELDS,
        detail={"fields": ["stage"], "stage_before": before, "stage_after": SPREADING},
        status_before=current.status,
        status_after=current.status,
    )
    return current
