from rest_framework import serializers

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.contacts.models import Contact


def slugs(many: bool = True):
    return serializers.SlugRelatedField(slug_field="slug", many=many, read_only=True)


class TaggedSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    challenge_areas = slugs()
    regions = serializers.SerializerMethodField(
        help_text="Every region the item is in: chosen, or holding a chosen local authority."
    )
    local_authorities = slugs()

    def get_regions(self, obj) -> list[str]:
        return obj.region_slugs()

    def get_url(self, obj) -> str:
        request = self.context.get("request")
        path = obj.get_absolute_url()
        return request.build_absolute_uri(path) if request else path


COMMON = ["slug", "url", "language", "challenge_areas", "regions", "local_authorities"]


class InnovationSerializer(TaggedSerializer):
    sector = slugs(many=False)
    kind = slugs(many=False)
    stage = slugs(many=False)
    role = slugs(many=False)
    job_role = slugs(many=False)
    organisation_type = slugs(many=False)

    class Meta:
        model = Innovation
        fields = [
            *COMMON,
            "title",
            "summary",
            "body",
            "sector",
            "kind",
            "stage",
            "role",
            "job_role",
            "organisation",
            "organisation_type",
            "what_helped",
            "what_got_in_the_way",
            "outcomes",
            "looking_for",
            "links",
            "featured",
            "useful_count",
            "adoption_count",
            "published_at",
            "updated_at",
        ]


class ResourceSerializer(TaggedSerializer):
    link = serializers.CharField(source="url", read_only=True)
    sector = slugs(many=False)
    roles = slugs()
    job_roles = slugs()

    class Meta:
        model = Resource
        fields = [
            *COMMON,
            "title",
            "summary",
            "body",
            "resource_type",
            "link",
            "roles",
            "job_roles",
            "sector",
            "evidence_level",
            "cost",
            "time_to_implement",
            "licence",
            "review_by",
            "published_at",
            "updated_at",
        ]


class ContactSerializer(TaggedSerializer):
    """Only what a contact chose to publish: never the e-mail address or the account."""

    role = slugs(many=False)
    job_role = slugs(many=False)
    organisation_type = slugs(many=False)

    class Meta:
        model = Contact
        fields = [
            *COMMON,
            "name",
            "is_organisation",
            "role",
            "job_role",
            "organisation",
            "organisation_type",
            "can_help_with",
            "bio",
            "published_at",
        ]


class NeedSerializer(TaggedSerializer):
    answered = serializers.BooleanField(source="is_answered", read_only=True)

    class Meta:
        model = Need
        fields = [*COMMON, "title", "body", "answered", "answered_at", "published_at"]
