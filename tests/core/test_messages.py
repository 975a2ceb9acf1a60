"""The core's sentences are Messages: English as ``str`` (logs, the command line, existing
callers), and a marked template plus arguments the window translates (issue 16 item 11)."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from reader_app.core.export import ExportError
from reader_app.core.index import ArticleIndex
from reader_app.core.library import Skipped, read_article
from reader_app.core.messages import QT_TRANSLATE_NOOP, Message, ReaderError, joined, text_of
from reader_app.core.query import parse_query
from reader_app.core.results import IndexError_

CORE = Path(__file__).resolve().parents[2] / "reader_app" / "core"

URDU = {  # a stand-in catalogue: what the window's translator does
    "too large ({size:.1f} MB; the limit is {limit:.0f} MB)":
        "بہت بڑی ({size:.1f} MB؛ حد {limit:.0f} MB)",
    "{path}: {reason}": "{path}: {reason}",
    "permission denied": "اجازت نہیں",
}


def translate(template: str) -> str:
    return URDU.get(template, template)


def urdu_digits(value: int | float, spec: str) -> str:
    return format(value, spec or ",").translate(str.maketrans("0123456789.,", "۰۱۲۳۴۵۶۷۸۹٫٬"))


def test_a_message_is_its_english_text_and_keeps_template_and_numbers() -> None:
    message = Message(QT_TRANSLATE_NOOP("Core", "too large ({size:.1f} MB; the limit is "
                                                "{limit:.0f} MB)"), size=20.5, limit=16.7)
    assert message == "too large (20.5 MB; the limit is 17 MB)"  # as the f-string wrote it
    assert "too large" in message and isinstance(message, str)
    assert message.args == {"size": 20.5, "limit": 16.7}  # numbers, not text: the UI formats
    assert message.render(translate, urdu_digits) == "بہت بڑی (۲۰٫۵ MB؛ حد ۱۷ MB)"


def test_a_reason_inside_a_sentence_is_translated_too_and_paths_stay_as_they_are() -> None:
    reason = Message(QT_TRANSLATE_NOOP("Core", "permission denied"))
    where = "/news/{year}/خبر.txt"  # braces in a name are never taken for places
    line = Message(QT_TRANSLATE_NOOP("Core", "{path}: {reason}"), path=where, reason=reason)
    assert str(line) == "/news/{year}/خبر.txt: permission denied"
    assert line.render(translate, urdu_digits) == "/news/{year}/خبر.txt: اجازت نہیں"


def test_a_clause_is_capitalised_in_english_only() -> None:
    reason = Message("the index was damaged ({problem})", problem="x.seg is missing")
    notice = Message("{reason:cap} and was rebuilt.", reason=reason)
    assert notice == "The index was damaged (x.seg is missing) and was rebuilt."


def test_a_message_survives_a_worker_process() -> None:
    message = Message("{path}: {reason}", path="a.txt", reason=Message("permission denied"))
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.template == "{path}: {reason}"
    assert copy.args["reason"].template == "permission denied"


def test_errors_for_people_carry_their_message() -> None:
    message = Message("Export cancelled.")
    for error in (ExportError(message), IndexError_(message)):
        assert isinstance(error, ReaderError) and str(error) == "Export cancelled."
        assert error.message is message and text_of(error) is message
    assert text_of(OSError("No such file")).template == "{text}"  # foreign text as it is
    assert joined([]) is None
    assert joined([Message("One."), "Two."]) == "One. Two."


def test_skip_reasons_and_notices_are_messages(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00binary\x00")
    skipped = read_article(tmp_path / "bad.txt")
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "binary file (contains NUL bytes)"
    assert isinstance(skipped.reason, Message) and skipped.message.args["reason"] is skipped.reason
    index = ArticleIndex(tmp_path / "ix")
    index.refresh([tmp_path])
    index.close()
    for toc in (tmp_path / "ix").glob("*.toc"):
        toc.unlink()
    notice = ArticleIndex(tmp_path / "ix").notice
    assert isinstance(notice, Message) and "rebuilt" in notice
    assert isinstance(notice.args["reason"], Message)  # the reason translated on its own
    note = parse_query("NOT ماسکو").messages[0]
    assert isinstance(note, Message) and note.template.startswith("Add a word")


# -- the source: no sentence for people is written as a plain string any more ------------

SPEAKERS = {"Skipped", "RecordSkip", "IndexError_", "DamagedIndexError", "ExportError",
            "TargetExists", "DecodeError", "PageError", "_ReadRefused", "IndexDamaged"}
SAYING = {"note", "waiting", "append"}  # self.note(...), self.waiting(...), messages.append


def _plain_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value != "")


def _unmarked(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args[1:2] if name in ("Skipped", "RecordSkip") else node.args[:1]
            if name in SPEAKERS and any(_plain_text(a) for a in args):
                lines.append(node.lineno)
            if name == "Message" and node.args and _plain_text(node.args[0]):
                lines.append(node.lineno)  # a template lupdate does not collect
            if (name in SAYING and isinstance(node.func, ast.Attribute) and node.args
                    and getattr(node.func.value, "id", "") in ("self", "messages", "parsed")
                    and _plain_text(node.args[0])):
                lines.append(node.lineno)
        if isinstance(node, ast.Assign) and _plain_text(node.value) and any(
                isinstance(t, ast.Attribute) and t.attr == "notice" for t in node.targets):
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_the_core_speaks_only_in_marked_messages(path: Path) -> None:
    """A reason, notice or error written as an f-string would reach the Urdu interface in
    English: each must be a Message whose template lupdate collects."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert _unmarked(tree) == [], f"{path.name}: plain-text sentences on these lines"
