# Generated from resources/reference by `python -m ropa.reference.codegen`; do not edit.
"""The code lists of ``resources/reference`` as StrEnums: data stores codes, the UI shows labels.

One enum per list; the members are the items' ``"name"`` and ``"code"``. Labels, articles and the
other attributes of a code come from :func:`ropa.reference.reference`.
"""

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

__all__ = [
    "BY_CODE_LIST",
    "LegalBasis",
    "Art9Condition",
    "SpecialCategory",
    "TransferMechanism",
    "SccModule",
    "DpiaCriterion",
    "RegisterStatus",
    "RecipientKind",
    "DpiaStatus",
    "PurposeKind",
]


class LegalBasis(StrEnum):
    """``legal_bases.json``: Regulation (EU) 2016/679 Art. 6(1)."""

    CONSENT = "art6-1-a"
    CONTRACT = "art6-1-b"
    LEGAL_OBLIGATION = "art6-1-c"
    VITAL_INTERESTS = "art6-1-d"
    PUBLIC_TASK = "art6-1-e"
    LEGITIMATE_INTERESTS = "art6-1-f"


class Art9Condition(StrEnum):
    """``art9_conditions.json``: Regulation (EU) 2016/679 Art. 9(2); Finnish labels after the Finnish text of
    the Regulation (EUVL L 119, 4.5.2016)."""

    EXPLICIT_CONSENT = "art9-2-a"
    EMPLOYMENT_SOCIAL_SECURITY = "art9-2-b"
    VITAL_INTERESTS = "art9-2-c"
    NOT_FOR_PROFIT = "art9-2-d"
    MADE_PUBLIC = "art9-2-e"
    LEGAL_CLAIMS = "art9-2-f"
    SUBSTANTIAL_PUBLIC_INTEREST = "art9-2-g"
    HEALTH_SOCIAL_CARE = "art9-2-h"
    PUBLIC_HEALTH = "art9-2-i"
    ARCHIVING_RESEARCH = "art9-2-j"


class SpecialCategory(StrEnum):
    """``special_categories.json``: Regulation (EU) 2016/679 Art. 9(1) (special categories) and Art. 10
    (criminal convictions and offences, which is not a special category); Finnish labels after the Finnish
    text of the Regulation."""

    RACIAL_ETHNIC = "racial_ethnic"
    POLITICAL = "political"
    RELIGIOUS = "religious"
    TRADE_UNION = "trade_union"
    GENETIC = "genetic"
    BIOMETRIC = "biometric"
    HEALTH = "health"
    SEX_LIFE = "sex_life"
    CRIMINAL = "criminal"


class TransferMechanism(StrEnum):
    """``transfer_mechanisms.json``: Regulation (EU) 2016/679 Chapter V (Art. 45 to 49); transfer impact
    assessment for every Art. 46/47 tool after CJEU C-311/18 (Schrems II) and EDPB Recommendations 01/2020;
    Finnish labels after the Finnish text of the Regulation."""

    ADEQUACY = "adequacy"
    SCC = "scc"
    SA_CLAUSES = "sa_clauses"
    BCR = "bcr"
    PUBLIC_AUTHORITY_INSTRUMENT = "public_authority_instrument"
    CODE_OF_CONDUCT = "code_of_conduct"
    CERTIFICATION = "certification"
    AD_HOC_CLAUSES = "ad_hoc_clauses"
    ADMINISTRATIVE_ARRANGEMENT = "administrative_arrangement"
    DEROGATION_EXPLICIT_CONSENT = "derogation-49-1-a"
    DEROGATION_CONTRACT_WITH_SUBJECT = "derogation-49-1-b"
    DEROGATION_CONTRACT_IN_INTEREST = "derogation-49-1-c"
    DEROGATION_PUBLIC_INTEREST = "derogation-49-1-d"
    DEROGATION_LEGAL_CLAIMS = "derogation-49-1-e"
    DEROGATION_VITAL_INTERESTS = "derogation-49-1-f"
    DEROGATION_PUBLIC_REGISTER = "derogation-49-1-g"
    COMPELLING_LEGITIMATE_INTERESTS = "compelling_legitimate_interests"


class SccModule(StrEnum):
    """``scc_modules.json``: Commission Implementing Decision (EU) 2021/914 (standard contractual clauses for
    transfers to third countries)."""

    C2C = "1"
    C2P = "2"
    P2P = "3"
    P2C = "4"


class DpiaCriterion(StrEnum):
    """``dpia_criteria.json``: Article 29 Working Party, Guidelines on Data Protection Impact Assessment,
    WP248 rev.01 (endorsed by the EDPB on 25 May 2018)."""

    EVALUATION_SCORING = "evaluation_scoring"
    AUTOMATED_DECISION = "automated_decision"
    SYSTEMATIC_MONITORING = "systematic_monitoring"
    SENSITIVE_DATA = "sensitive_data"
    LARGE_SCALE = "large_scale"
    MATCHING_DATASETS = "matching_datasets"
    VULNERABLE_SUBJECTS = "vulnerable_subjects"
    INNOVATIVE_TECHNOLOGY = "innovative_technology"
    PREVENTS_RIGHTS = "prevents_rights"


class RegisterStatus(StrEnum):
    """``register_statuses.json``: Application code list (status of a record of processing, Regulation (EU)
    2016/679 Art. 30)."""

    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class RecipientKind(StrEnum):
    """``recipient_kinds.json``: Regulation (EU) 2016/679 Art. 4(8), 4(9) and Art. 30(1)(d)."""

    INTERNAL = "internal"
    EXTERNAL = "external"
    PUBLIC_AUTHORITY = "public_authority"
    PROCESSOR = "processor"


class DpiaStatus(StrEnum):
    """``dpia_statuses.json``: Application code list (data protection impact assessment, Regulation (EU)
    2016/679 Art. 35)."""

    NOT_ASSESSED = "not_assessed"
    NOT_REQUIRED = "not_required"
    REQUIRED = "required"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class PurposeKind(StrEnum):
    """``purpose_kinds.json``: Regulation (EU) 2016/679 Art. 21(2), 21(3), 21(6) and Art. 89 (purposes that
    change the data subject's rights and the safeguards)."""

    DIRECT_MARKETING = "direct_marketing"
    RESEARCH_STATISTICS = "research_statistics"
    ARCHIVING = "archiving"


#: The enum of each code list, by the list's file name.
BY_CODE_LIST: Mapping[str, type[StrEnum]] = MappingProxyType(
    {
        "legal_bases": LegalBasis,
        "art9_conditions": Art9Condition,
        "special_categories": SpecialCategory,
        "transfer_mechanisms": TransferMechanism,
        "scc_modules": SccModule,
        "dpia_criteria": DpiaCriterion,
        "register_statuses": RegisterStatus,
        "recipient_kinds": RecipientKind,
        "dpia_statuses": DpiaStatus,
        "purpose_kinds": PurposeKind,
    }
)
