"""Published privacy notices (tietosuojaseloste) read into draft registers for the DPO to review.

The road: :func:`read_notice` (a file: .txt, .docx, .pdf, .html) gives a :class:`NoticeDraft`
(records, provenance spans, notes); :func:`plan_import` places drafts under controllers;
:meth:`ImportPlan.document` is their interchange document; :func:`import_plan` stores them in one
transaction. :func:`review_fields` is what the window's review dialog lists.
"""

from ropa.io.notice_import.draft import (
    EXTENSION,
    Note,
    NoticeDraft,
    SectionView,
    draft_from_text,
    read_notice,
)
from ropa.io.notice_import.errors import NoticeError
from ropa.io.notice_import.extract import READERS
from ropa.io.notice_import.layout import Span
from ropa.io.notice_import.match import ControllerMatch, match_controller
from ropa.io.notice_import.plan import ImportPlan, Placement, import_plan, plan_import
from ropa.io.notice_import.review import (
    ReviewField,
    accepted,
    field_kind,
    review_fields,
    with_controller,
    with_register,
    with_value,
)

SUPPORTED = tuple(sorted(READERS))

__all__ = [
    "EXTENSION",
    "SUPPORTED",
    "ControllerMatch",
    "ImportPlan",
    "Note",
    "NoticeDraft",
    "NoticeError",
    "Placement",
    "ReviewField",
    "SectionView",
    "Span",
    "draft_from_text",
    "accepted",
    "field_kind",
    "import_plan",
    "match_controller",
    "plan_import",
    "read_notice",
    "review_fields",
    "with_controller",
    "with_register",
    "with_value",
]
