"""What the importer reads from notices in every layout, format and language (tests/fixtures/notices)."""

from __future__ import annotations

from ropa.io.notice_import import NoticeDraft
from tests.io.notice_import.accuracy import atoms, load_expected, score


def test_every_fixture_is_read_with_high_precision_and_recall(drafts: dict[str, NoticeDraft]) -> None:
    for name, draft in drafts.items():
        found, missed, wrong = score(load_expected(name), atoms(draft.controller, draft.register))
        assert found.precision >= 0.95, (name, wrong)
        assert found.recall >= 0.85, (name, missed)


def test_layouts_formats_and_languages_agree_on_the_same_facts(drafts: dict[str, NoticeDraft]) -> None:
    txt, pdf, broken = drafts["kemi_numbered"], drafts["kemi_pdf"], drafts["kemi_broken"]
    for other in (pdf, broken):  # page headers, numbers, wrapped and hyphenated lines repaired
        assert other.register == txt.register.__class__(
            **{**vars_of(txt.register), "extensions": other.register.extensions}
        )
        assert other.controller == txt.controller
    assert drafts["imatra_headings"].controller.business_id == drafts["swedish_notice"].controller.business_id


def vars_of(record: object) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}  # type: ignore[attr-defined]


def test_legal_bases_become_codes_only_where_the_words_say_so(drafts: dict[str, NoticeDraft]) -> None:
    kemi = drafts["kemi_numbered"].register
    assert {p.legal_basis for p in kemi.purposes} == {"art6-1-e"}  # one basis named for all purposes
    docx = drafts["inmics_docx"].register
    blank = [p.description for p in docx.purposes if p.legal_basis is None]
    assert blank == [
        "Palveluiden tuottaminen ja laskutus",
        "Myynti ja suoramarkkinointi",
    ]  # "sopimus tai etu"
    assert drafts["inmics_docx"].legal_bases_named == ("art6-1-b", "art6-1-c", "art6-1-f")


def test_transfers_with_country_names_and_safeguards(drafts: dict[str, NoticeDraft]) -> None:
    (transfer,) = drafts["english_notice"].register.transfers
    assert (transfer.country, transfer.mechanism, transfer.scc_module) == ("US", "scc", 2)
    assert "standard contractual clauses" in transfer.safeguards
    assert drafts["kemi_numbered"].register.transfers == ()


def test_nothing_is_lost_every_unit_is_in_a_field_or_the_notes(drafts: dict[str, NoticeDraft]) -> None:
    for name, draft in drafts.items():
        covered = {(s.start, s.end) for spans in draft.provenance.values() for s in spans}
        covered |= {(s.start, s.end) for note in draft.notes for s in note.spans}
        headings = {(v.span.start) for v in draft.sections}
        text = draft.text
        for span in _sentences(draft):
            assert span in covered or span[0] in headings, (name, text[span[0] : span[1]])
        notes = draft.register.extensions["notice_import"]["notes"]  # type: ignore[index]
        assert [n["text"] for n in notes] == [n.text for n in draft.notes]


def _sentences(draft: NoticeDraft) -> list[tuple[int, int]]:
    from ropa.io.notice_import.sections import find_sections

    return [(u.span.start, u.span.end) for s in find_sections(draft.text, set()) for u in s.units]


def test_provenance_quotes_the_sentence_a_value_came_from(drafts: dict[str, NoticeDraft]) -> None:
    draft = drafts["imatra_headings"]
    (span,) = draft.spans("register.purposes[3].legal_basis")
    assert "suostumukseen" in draft.quote(span)
    assert "2573333-1" in draft.quote(draft.spans("controller.business_id")[0])
    assert draft.register.status == "draft"
