"""The codes of DOMAIN.md as StrEnums: data stores codes, the UI shows labels from ``ropa.reference``."""

from __future__ import annotations

from enum import StrEnum


class LegalBasis(StrEnum):
    CONSENT = "art6-1-a"
    CONTRACT = "art6-1-b"
    LEGAL_OBLIGATION = "art6-1-c"
    VITAL_INTERESTS = "art6-1-d"
    PUBLIC_TASK = "art6-1-e"
    LEGITIMATE_INTERESTS = "art6-1-f"


class Art9Condition(StrEnum):
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
    ADEQUACY = "adequacy"
    SCC = "scc"
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
    """SCC 2021/914 modules; stored as the integers 1-4."""

    C2C = "1"
    C2P = "2"
    P2P = "3"
    P2C = "4"


class DpiaCriterion(StrEnum):
    """WP248 screening criteria (EDPB-endorsed)."""

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
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class RecipientKind(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"
    PUBLIC_AUTHORITY = "public_authority"
    PROCESSOR = "processor"


class DpiaStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    NOT_REQUIRED = "not_required"
    REQUIRED = "required"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Right(StrEnum):
    """Data-subject rights of Chapter III that a register's legal bases decide."""

    INFORMATION = "information"  # Art. 13/14
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21
    WITHDRAW_CONSENT = "withdraw_consent"  # Art. 7(3)
    COMPLAINT = "complaint"  # Art. 77


class CountryStatus(StrEnum):
    """Where a country stands under Chapter V on a given date."""

    EEA = "eea"
    ADEQUACY = "adequacy"
    THIRD_COUNTRY = "third_country"
