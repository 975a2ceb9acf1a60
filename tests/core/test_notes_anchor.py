"""Highlights anchored by quote and context are found again after the article changes."""

from __future__ import annotations

import random
import time

from helpers import seed_sentences

from reader_app.core.notes.anchor import Anchor, anchor, locate

TEXT = ("کراچی میں آج صبح سے تیز بارش ہو رہی ہے۔ محکمہ موسمیات کے مطابق بارش کل تک جاری "
        "رہے گی۔ شہر کی کئی سڑکیں پانی میں ڈوب گئیں اور بارش سے بجلی بھی بند رہی۔")


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return at, at + len(words)


def test_the_anchor_keeps_the_quote_its_context_and_offsets() -> None:
    start, end = span(TEXT, "محکمہ موسمیات")
    a = anchor(TEXT, start, end, context=8)
    assert a.quote == "محکمہ موسمیات" and (a.start, a.end) == (start, end)
    assert a.prefix == TEXT[start - 8:start] and a.suffix == TEXT[end:end + 8]
    assert locate(TEXT, a) == (start, end)


def test_text_inserted_before_the_quote_moves_it() -> None:
    a = anchor(TEXT, *span(TEXT, "محکمہ موسمیات"))
    edited = "تازہ خبر: " + TEXT.replace("آج صبح", "آج رات گئے")
    found = locate(edited, a)
    assert found == span(edited, "محکمہ موسمیات") and found[0] > a.start


def test_a_repeated_quote_is_told_apart_by_its_context() -> None:
    """The third «بارش» (before «سے بجلی»), after edits that put the second one at its old
    offset and changed some of its own context: the context decides, not the distance."""
    start, end = span(TEXT, "بارش", nth=2)
    a = anchor(TEXT, start, end)
    second = span(TEXT, "بارش", nth=1)[0]
    padding = "ا" * (start - second - 1) + " "
    edited = TEXT.replace("مطابق بارش", "مطابق " + padding + "بارش").replace("سڑکیں", "گلیاں")
    assert span(edited, "بارش", nth=1)[0] == start  # the second is where the third was
    found = locate(edited, a)
    assert found == span(edited, "بارش", nth=2)
    assert edited[found[1]:].startswith(" سے بجلی")


def test_the_context_changed_around_every_copy_the_nearest_best_fit_wins() -> None:
    a = anchor(TEXT, *span(TEXT, "بارش", nth=1))
    edited = TEXT.replace("مطابق بارش کل", "مطابق شدید بارش پرسوں")
    assert locate(edited, a) == span(edited, "بارش", nth=1)


def test_found_after_urdu_folding_when_retyped_with_arabic_letters() -> None:
    a = anchor(TEXT, *span(TEXT, "شہر کی کئی سڑکیں"))
    retyped = "نئی سطر۔ " + TEXT.replace("ی", "ي").replace("ک", "ك")
    found = locate(retyped, a)
    assert found is not None
    assert retyped[found[0]:found[1]] == "شہر كي كئي سڑكيں"


def test_a_quote_cut_inside_words_is_widened_to_them_when_folded() -> None:
    start, end = span(TEXT, "موسمیات کے مطا")
    a = anchor(TEXT, start + 2, end)  # from inside موسمیات to inside مطابق
    retyped = TEXT.replace("ی", "ي")
    found = locate(retyped, a)
    assert found is not None and retyped[found[0]:found[1]] == "موسميات کے مطابق"


def test_diacritics_added_to_the_article_do_not_lose_the_highlight() -> None:
    a = anchor(TEXT, *span(TEXT, "تیز بارش"))
    vowelled = TEXT.replace("تیز بارش", "تیز بارِش")
    found = locate(vowelled, a)
    assert found is not None and vowelled[found[0]:found[1]] == "تیز بارِش"


def test_a_quote_no_longer_in_the_text_is_orphaned() -> None:
    a = anchor(TEXT, *span(TEXT, "محکمہ موسمیات"))
    assert locate(TEXT.replace("محکمہ موسمیات", "ماہرین"), a) is None
    assert locate("", a) is None


def test_bookmarks_on_a_place_and_on_the_whole_article() -> None:
    at = TEXT.index("شہر")
    place = anchor(TEXT, at, at)
    assert place.quote == "" and locate(TEXT, place) == (at, at)
    edited = "ایک نئی سطر۔\n" + TEXT
    assert locate(edited, place) == (edited.index("شہر"), edited.index("شہر"))
    whole = Anchor("", "", "", 0, 0)
    assert locate(edited, whole) == (0, 0)


def test_a_thousand_notes_on_a_2_mb_article_are_found_again_quickly() -> None:
    rng = random.Random(3)
    sentences = seed_sentences()
    parts, size = [], 0
    while size < 2_000_000:
        parts.append(rng.choice(sentences) + f" {size}")  # numbers keep repeats apart
        size += len(parts[-1]) + 1
    text = " ".join(parts)
    anchors = []
    for _ in range(1000):
        start = rng.randrange(len(text) - 100)
        anchors.append(anchor(text, start, start + rng.randrange(8, 60)))
    edited = "ایک نیا پیراگراف۔\n\n" + text
    began = time.perf_counter()
    found = [locate(edited, a) for a in anchors]
    moved = time.perf_counter() - began
    assert all(f == (a.start + 19, a.end + 19) for f, a in zip(found, anchors, strict=True))
    retyped = edited.replace("ی", "ي")
    began = time.perf_counter()
    found = [locate(retyped, a) for a in anchors]
    folded = time.perf_counter() - began
    assert sum(f is None for f in found) == 0
    # Measured 15 ms and 1.2 s; the bounds leave room for a loaded CI machine.
    assert moved < 2.0 and folded < 15.0, (moved, folded)
