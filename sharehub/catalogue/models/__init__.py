from sharehub.catalogue.models.adoptions import Adoption
from sharehub.catalogue.models.innovations import Innovation, LookingFor
from sharehub.catalogue.models.needs import Need, NeedReply
from sharehub.catalogue.models.resources import Resource

__all__ = ["Adoption", "Innovation", "LookingFor", "Need", "NeedReply", "Resource"]
