"""A Whoosh segment writer that keeps each term's postings in arrays and writes whole blocks.

Whoosh's ``SegmentWriter`` sends every posting through a ``PostingPool``: one tuple per
(word, article), pickled to a run file, read back and merged through ``heapq``, then handed
one at a time to the postings writer, which looks up the article's length in the column file
for every posting. On the news corpus that is about 60% of a build's time (2,000 articles:
pool 34 s, length look-ups 11 s, per-posting block filling 9 s of 87 s under cProfile).

Here the postings of a term go straight into arrays (article numbers, weights, value bytes)
in memory; when the estimate passes ``limitmb`` the terms are spilled, sorted, to a run file
of whole per-term arrays (``marshal``), and the runs are merged term by term, not posting by
posting. At the end each term's blocks are filled from the arrays and written by Whoosh's
own ``W3PostingsWriter._write_block``: the segment's files are byte for byte those of
Whoosh's writer (tests/core/test_writer.py compares them), so Whoosh's reader reads them.
"""

from __future__ import annotations

import heapq
import marshal
from array import array
from collections.abc import Iterator
from itertools import accumulate, chain
from typing import Any

from whoosh.util import random_name
from whoosh.util.text import utf8encode
from whoosh.writing import SegmentWriter

# Estimated bytes of one new term in memory (key, dict slot, the entry's list and arrays);
# a posting costs its 12 bytes in the arrays plus its value bytes.
TERM_OVERHEAD = 300

Entry = list  # [ids array("I"), weights array("f"), values bytearray, value lengths array("I")]
Term = tuple[str, bytes, array, array, bytes | bytearray, array]


def _new_entry() -> Entry:
    return [array("I"), array("f"), bytearray(), array("I")]


class TermBuffer:
    """Stands in for Whoosh's ``PostingPool``: ``add`` takes the pool's posting tuples (used
    when segments are merged), ``fields`` is filled directly by :class:`TermArrayWriter`."""

    def __init__(self, tempstore: Any, limitmb: float = 128) -> None:
        self.tempstore = tempstore
        self.limit = int(limitmb * 1024 * 1024)
        self.size = 0
        self.fields: dict[str, dict[bytes, Entry]] = {}
        self.fieldnames: set[str] = set()  # read by Whoosh's sub-writer task
        self.runs: list[str] = []
        # Set when a posting came before one already buffered (only ``add`` can do that).
        self.unordered = False

    def terms(self, fieldname: str) -> dict[bytes, Entry]:
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """One posting as Whoosh's pool takes it: (field, term bytes, docnum, weight, value)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        terms = self.terms(fieldname)
        entry = terms.get(tbytes)
        if entry is None:
            entry = terms[tbytes] = _new_entry()
            self.size += TERM_OVERHEAD
        vbytes = vbytes or b""
        if entry[0] and docnum < entry[0][-1]:
            self.unordered = True
        entry[0].append(docnum)
        entry[1].append(weight)
        entry[2] += vbytes
        entry[3].append(len(vbytes))
        self.size += 12 + len(vbytes)
        self.check_size()

    def check_size(self) -> None:
        if self.size > self.limit:
            self.save()

    def _sorted_terms(self) -> Iterator[Term]:
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for tbytes in sorted(terms):
                ids, weights, values, lengths = terms[tbytes]
                yield fieldname, tbytes, ids, weights, values, lengths

    def save(self) -> None:
        """Spill the buffered terms, sorted, to a run file and start empty."""
        if not self.fields:
            return
        # A name of its own, as Whoosh's pool gives its runs: every writer of an index, the
        # multi-process writer's worker processes included, shares one temporary folder
        # (``<index>.tmp``), so a numbered name was truncated and rewritten by another
        # worker, and deleted by its cleanup, under this one: postings of other articles.
        name = f"terms-{random_name()}.run"
        with self.tempstore.create_file(name).raw_file() as fh:
            for fieldname, tbytes, ids, weights, values, lengths in self._sorted_terms():
                marshal.dump((fieldname, tbytes, ids.tobytes(), weights.tobytes(),
                              bytes(values), lengths.tobytes()), fh)
        self.runs.append(name)
        self.fields = {}
        self.size = 0

    def _read_run(self, name: str) -> Iterator[Term]:
        with self.tempstore.open_file(name).raw_file() as fh:
            while True:
                try:
                    fieldname, tbytes, ids, weights, values, lengths = marshal.load(fh)
                except EOFError:
                    return
                yield (fieldname, tbytes, array("I", ids), array("f", weights), values,
                       array("I", lengths))

    def iter_terms(self) -> Iterator[Term]:
        """Every term in (field, bytes) order, its postings in the order they were added."""
        if not self.runs:
            yield from self._sorted_terms()
            return
        self.save()
        # Runs hold consecutive ranges of articles: a term's pieces are joined in run order.
        streams = [((t[0], t[1], n, t) for t in self._read_run(name))
                   for n, name in enumerate(self.runs)]
        current: list[Any] | None = None
        for fieldname, tbytes, _n, term in heapq.merge(*streams):
            if current is not None and current[0] == fieldname and current[1] == tbytes:
                current[2].extend(term[2])
                current[3].extend(term[3])
                current[4] += term[4]
                current[5].extend(term[5])
                continue
            if current is not None:
                yield tuple(current)
            current = [fieldname, tbytes, term[2], term[3], bytearray(term[4]), term[5]]
        if current is not None:
            yield tuple(current)

    def cleanup(self) -> None:
        for name in self.runs:
            try:
                self.tempstore.delete_file(name)
            except OSError:
                pass
        self.runs = []
        self.fields = {}


class TermArrayWriter(SegmentWriter):
    """``SegmentWriter`` with :class:`TermBuffer` for its pool and a flush that writes each
    term's blocks from its arrays. Everything else (stored fields, lengths, deletions,
    merging other segments in, the table of contents) is Whoosh's own code."""

    def __init__(self, ix: Any, *args: Any, limitmb: float = 128, **kwargs: Any) -> None:
        super().__init__(ix, *args, limitmb=limitmb, **kwargs)
        self.pool = TermBuffer(self._tempstorage, limitmb=limitmb)

    def add_document(self, **fields: Any) -> None:
        # SegmentWriter.add_document, with the postings appended to the term arrays.
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    scorable = field.scorable
                    terms = pool.terms(fieldname)
                    fast = getattr(field.format, "index_postings", None)
                    postings = fast(value, field.analyzer) if fast else None
                    if postings is None:  # not the Urdu analyzer (analyzer.py): Whoosh's way
                        postings = field.index(value)
                    added = 0
                    for tbytes, freq, weight, vbytes in postings:
                        if scorable:
                            length += freq
                        entry = terms.get(tbytes)
                        if entry is None:
                            entry = terms[tbytes] = [array("I"), array("f"), bytearray(),
                                                     array("I")]
                            added += TERM_OVERHEAD
                        vbytes = vbytes or b""
                        entry[0].append(docnum)
                        entry[1].append(weight * fieldboost)
                        entry[2] += vbytes
                        n = len(vbytes)
                        entry[3].append(n)
                        added += 12 + n
                    pool.size += added
                if field.separate_spelling():
                    spellfield = field.spelling_fieldname(fieldname)
                    for word in field.spellable_words(value):
                        pool.add((spellfield, utf8encode(word)[0], 0, 1, b""))
                vformat = field.vector
                if vformat:
                    vitems = vformat.word_values(value, field.analyzer, mode="index")
                    perdocwriter.add_vector_items(fieldname, field, sorted(
                        (text, weight, vbytes) for text, _, weight, vbytes in vitems))
                customval = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, customval if field.stored else None,
                                       length)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(fieldname, column,
                                                  field.to_column_value(customval))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1
        pool.check_size()

    def _flush_segment(self) -> None:
        # SegmentWriter._flush_segment + FieldWriter.add_postings, a term at a time.
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        fw = self.fieldwriter
        doccount = self.docnum
        lastfn: str | None = None
        lengths: list[int | None] = []
        for fieldname, tbytes, ids, weights, values, vlens in self.pool.iter_terms():
            if fieldname != lastfn:
                if lastfn is not None:
                    fw.finish_field()
                fw.start_field(fieldname, self.schema[fieldname])
                lastfn = fieldname
                # What Whoosh's add_postings asks the length column for each posting.
                if pdr is not None:
                    dfl = pdr.doc_field_length
                    lengths = [dfl(d, fieldname) for d in range(doccount)]
                else:
                    lengths = [0] * doccount
            if self.pool.unordered and any(ids[i] < ids[i - 1] for i in range(1, len(ids))):
                order = sorted(range(len(ids)), key=ids.__getitem__)
                ids, weights, values, vlens = _reordered(order, ids, weights, values, vlens)
            fw.start_term(tbytes)
            _fill_blocks(fw._postwriter, ids, weights, values, vlens, lengths)
            fw.finish_term()
        if lastfn is not None:
            fw.finish_field()
        fw.close()
        if pdr:
            pdr.close()


def _reordered(order: list[int], ids: array, weights: array, values: bytes | bytearray,
               vlens: array) -> tuple[array, array, bytes, array]:
    starts = [0] * len(vlens)
    total = 0
    for i, n in enumerate(vlens):
        starts[i] = total
        total += n
    return (array("I", (ids[i] for i in order)), array("f", (weights[i] for i in order)),
            b"".join(values[starts[i]:starts[i] + vlens[i]] for i in order),
            array("I", (vlens[i] for i in order)))


def _fill_blocks(pw: Any, ids: array, weights: array, values: bytes | bytearray,
                 vlens: array, lengths: list[int | None]) -> None:
    """Set ``W3PostingsWriter``'s block buffers as ``add_posting`` would have, a block at a
    time; every full block is written here, the last by ``finish_term`` (it may be inlined
    there), exactly where Whoosh's writer writes them.

    Each posting's value is cut from the term's bytes and its article's length looked up in
    C-level passes (``map``/``filter``), not a Python step per posting."""
    limit = pw._blocklimit
    count = len(ids)
    values = bytes(values)
    if 0 in vlens:  # Whoosh keeps no empty value (``if vbytes``): cut around them
        ends = list(accumulate(vlens))
        cuts = [slice(e - n, e) for n, e in zip(vlens, ends, strict=True) if n]
        taken = list(accumulate(1 if n else 0 for n in vlens))
    else:
        ends = list(accumulate(vlens))
        cuts = list(map(slice, chain((0,), ends), ends))
        taken = None
    offset = 0
    for start in range(0, count, limit):
        end = min(start + limit, count)
        upto = end if taken is None else taken[end - 1]
        block_values = list(map(values.__getitem__, cuts[offset:upto]))
        offset = upto
        block_ids = ids[start:end]
        block_weights = weights[start:end]
        pw._ids = block_ids
        pw._weights = block_weights
        pw._values = block_values
        pw._maxweight = max(0, max(block_weights))
        block_lengths = list(filter(None, map(lengths.__getitem__, block_ids)))
        pw._minlength = min(block_lengths) if block_lengths else None
        pw._maxlength = max(block_lengths) if block_lengths else 0
        if end < count:
            pw._write_block()
