from sharehub.catalogue.models.adoptions import Adoption
from sharehub.catalogue.models.coauthors import CoAuthor
from sharehub.catalogue.models.innovations import Innovation, LookingFor
from sharehub.catalogue.models.needs import Need, NeedReply
from sharehub.catalogue.models.resources import Resource
from sharehub.catalogue.models.revisions import Revision

__all__ = [
    "Adoption",
    "CoAuthor",
    "Innovation",
    "LookingFor",
    "Need",
    "NeedReply",
    "Resource",
    "Revision",
]
