"""Bad input and the limits: what a scraper leaves in a folder, each case a clear error and never a crash.

Each failure is one error (file, line, reason, fix) and the other documents are read; the last tests run the
real `accord ingest` over a folder holding one of each bad input beside good articles (docs/robustness.md).
"""
from __future__ import annotations

import csv
import gzip
import json
import re
import os
import random
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from accord.errors import AccordError, InputError
from accord.limits import MAX_DOC_BYTES, DocTimeout, raw_cap, time_limit, within_time
from accord.read import read_path

from newswire import articles, write_txt

DATA = Path(__file__).resolve().parent / "data"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\\r\xa8f"
       + random.Random(0).randbytes(4000))
ENGLISH = ("Ukraine's foreign ministry said on Wednesday that it had cut off diplomatic ties with North Korea, "
           "after Pyongyang recognised the two breakaway regions in the east of the country. The ministry called "
           "the decision an attempt to undermine the sovereignty of Ukraine.")
# Real prose in other languages, written for these tests: what a multilingual scrape brings.
FOREIGN = {
    "fr": ("Le ministère ukrainien des Affaires étrangères a annoncé mercredi la rupture des relations "
           "diplomatiques avec la Corée du Nord, après que Pyongyang a reconnu les deux régions séparatistes de "
           "l'est du pays. Le ministère a qualifié cette décision de tentative de porter atteinte à la "
           "souveraineté de l'Ukraine."),
    "de": ("Das ukrainische Außenministerium hat am Mittwoch die diplomatischen Beziehungen zu Nordkorea "
           "abgebrochen, nachdem Pjöngjang die beiden abtrünnigen Regionen im Osten des Landes anerkannt hatte. "
           "Das Ministerium nannte die Entscheidung einen Versuch, die Souveränität der Ukraine zu untergraben."),
    "es": ("El Ministerio de Asuntos Exteriores de Ucrania anunció el miércoles la ruptura de las relaciones "
           "diplomáticas con Corea del Norte, después de que Pyongyang reconociera las dos regiones separatistas "
           "del este del país. El ministerio calificó la decisión de un intento de socavar la soberanía de Ucrania."),
    "it": ("Il ministero degli Esteri ucraino ha annunciato mercoledì la rottura delle relazioni diplomatiche con "
           "la Corea del Nord, dopo che Pyongyang ha riconosciuto le due regioni separatiste nell'est del paese. "
           "Il ministero ha definito la decisione un tentativo di minare la sovranità dell'Ucraina."),
    "ru": ("Министерство иностранных дел Украины в среду объявило о разрыве дипломатических отношений с "
           "КНДР после того, как Пхеньян признал два самопровозглашённых региона на востоке страны."),
    "uk": ("Міністерство закордонних справ України в середу оголосило про розрив дипломатичних відносин з "
           "КНДР після того, як Пхеньян визнав два самопроголошені регіони на сході країни."),
    "zh": "乌克兰外交部周三宣布与朝鲜断绝外交关系，此前平壤承认了该国东部的两个分裂地区。外交部称这一决定是破坏乌克兰主权的企图。",
    "ja": "ウクライナ外務省は水曜日、北朝鮮が同国東部の二つの分離派地域を承認したことを受けて、北朝鮮との外交関係を断絶すると発表した。",
    "ko": "우크라이나 외무부는 수요일 북한이 자국 동부의 두 분리주의 지역을 승인한 뒤 북한과의 외교 관계를 단절한다고 발표했다.",
    "ar": "أعلنت وزارة الخارجية الأوكرانية يوم الأربعاء قطع العلاقات الدبلوماسية مع كوريا الشمالية بعد أن اعترفت بيونغ يانغ بالمنطقتين الانفصاليتين في شرق البلاد.",
}
NAMES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "ru": "Russian", "uk": "Ukrainian",
         "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic"}
JUNK = ("Talks in Genève ended. " * 20).encode() + b"\xff" * 200
# 20 kB of punctuation: spaCy's tokenizer takes more than a minute over it (measured: 68 s on the dev machine).
PATHOLOGICAL = "!?.," * 5000


def read(path, **options):
    errors: list[AccordError] = []
    docs = list(read_path(path, on_error=errors.append, **options))
    return docs, errors


def codes(errors):
    return [(e.code, e.line) for e in errors]


def write_big_text(path: Path, size: int) -> Path:
    block = ("Russia and China signed a trade agreement with Iran on Monday. " * 16_000).encode()   # ~1 MB
    with open(path, "wb") as f:
        written = 0
        while written < size:
            f.write(block)
            written += len(block)
    return path


# ------------------------------------------------------------------------------------------- binary, encodings

def test_png_bytes_named_txt_is_one_binary_error(tmp_path):
    for name in ("photo.txt", "photo.jsonl", "photo.csv", "photo.html"):
        (tmp_path / name).write_bytes(PNG)
        docs, errors = read(tmp_path / name)
        assert docs == [] and codes(errors) == [("E003", None)], name
        assert errors[0].path == str(tmp_path / name) and "binary" in errors[0].reason


def test_damaged_utf8_is_decoded_what_can_be_decoded(tmp_path):
    # A stray byte and a truncated character in an otherwise UTF-8 article: the rest stays right (no "Ã©").
    file = tmp_path / "damaged.txt"
    file.write_bytes("Talks in Genève ended; the envoys met in Zürich. ".encode() * 3 + b"\xff end \xc3")
    [doc], errors = read(file)
    assert errors == []
    assert doc.text.startswith("Talks in Genève ended; the envoys met in Zürich.")
    assert doc.text.endswith("\ufffd end \ufffd")


def test_code_pages_are_detected_and_decoded(tmp_path):
    western = "The minister’s “final offer” was rejected in Genève, the agency said. " * 3
    (tmp_path / "cp1252.txt").write_bytes(western.encode("cp1252"))
    [doc], errors = read(tmp_path / "cp1252.txt")
    assert errors == [] and doc.text == western

    russian = FOREIGN["ru"]
    (tmp_path / "cp1251.txt").write_bytes(russian.encode("cp1251"))
    [doc], errors = read(tmp_path / "cp1251.txt")
    assert errors == [] and doc.text == russian

    (tmp_path / "utf16.txt").write_bytes(ENGLISH.encode("utf-16"))
    [doc], errors = read(tmp_path / "utf16.txt")
    assert errors == [] and doc.text == ENGLISH


def test_text_that_does_not_decode_is_one_error(tmp_path):
    # UTF-8 with a third of it junk: decoding "what can be" would give more junk than text.
    (tmp_path / "junk.txt").write_bytes(JUNK)
    docs, errors = read(tmp_path / "junk.txt")
    assert docs == [] and codes(errors) == [("E005", None)]
    assert "200 of 660 characters are not utf-8" in errors[0].reason and "UTF-8" in errors[0].fix


def test_random_bytes_never_become_an_english_document(tmp_path):
    # Random high bytes decode in some East Asian code page (charset-normalizer finds one that "fits"): the
    # language check then refuses the result, or no encoding fits at all.
    for seed in range(5):
        file = tmp_path / f"noise{seed}.txt"
        rng = random.Random(seed)
        file.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(3000)))
        docs, errors = read(file, lang="en")
        assert docs == [] and [e.code for e in errors] in (["E005"], ["E014"], ["E003"])


@pytest.mark.parametrize("name, content", [
    ("empty.txt", b""), ("empty.html", b""), ("empty.jsonl", b""), ("empty.csv", b""), ("blank.txt", b"\n \n"),
    ("empty.txt.gz", gzip.compress(b"", mtime=0)), ("blanks.jsonl", b"\n\n\n"),
])
def test_empty_file_is_one_error(tmp_path, name, content):
    (tmp_path / name).write_bytes(content)
    docs, errors = read(tmp_path / name)
    assert docs == [] and codes(errors) == [("E004", None)]


# ------------------------------------------------------------------------------------------------------- size

def test_200_mb_text_file_is_refused_from_its_size_without_being_read(tmp_path):
    file = write_big_text(tmp_path / "dump.txt", 200 * 2**20)
    tracemalloc.start()
    t0 = time.perf_counter()
    docs, errors = read(file)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert docs == [] and codes(errors) == [("E013", None)]
    assert f"{file.stat().st_size:,} bytes on disk" in errors[0].reason
    assert "the limit is 2,000,000 bytes" in errors[0].reason and "--max-doc-bytes" in errors[0].fix
    assert peak < 2**20 and seconds < 1.0   # not read at all


def test_200_mb_gzipped_text_is_read_only_up_to_the_limit(tmp_path):
    file = tmp_path / "dump.txt.gz"
    block = ("Russia and China signed a trade agreement with Iran on Monday. " * 16_000).encode()
    with gzip.open(file, "wb", compresslevel=1) as f:
        for _ in range(200):
            f.write(block)
    tracemalloc.start()
    docs, errors = read(file)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert docs == [] and codes(errors) == [("E013", None)]
    assert f"more than {raw_cap(MAX_DOC_BYTES):,} bytes" in errors[0].reason
    assert peak < 2 * raw_cap(MAX_DOC_BYTES) + 4 * 2**20   # the part read, once, and a chunk


def test_200_mb_jsonl_is_streamed(tmp_path):
    # 2,100 articles of 100 kB: read one after the other, never the file at once. Measured in a process of its
    # own, by its peak resident memory (tracemalloc would slow the reading tenfold).
    file = tmp_path / "dump.jsonl"
    text = ("Russia and China signed a trade agreement with Iran on Monday. " * 1600)[:100_000]
    with open(file, "w", encoding="utf-8") as f:
        for i in range(2100):
            f.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
    assert file.stat().st_size > 200 * 10**6
    script = (
        "import sys\n"
        "from accord.read import read_path\n"
        "errors = []\n"
        "count = sum(1 for _ in read_path(sys.argv[1], lang='en', on_error=errors.append))\n"
        "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print(count, len(errors), peak // 1024)\n")
    out = subprocess.run([sys.executable, "-c", script, str(file)], capture_output=True, text=True, timeout=120)
    count, errors, peak_mb = map(int, out.stdout.split())
    assert (count, errors) == (2100, 0)
    assert peak_mb < 100   # the file is 210 MB


def test_single_5_mb_line_is_a_too_large_document(tmp_path):
    line = "Russia warned Japan " * 250_000   # 5 MB, no line end
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    docs, errors = read(tmp_path / "line.txt")
    assert docs == [] and codes(errors) == [("E013", None)]
    assert "5,000,000 bytes of text" in errors[0].reason

    records = [{"id": "a", "text": ENGLISH}, {"id": "big", "text": line}, {"id": "c", "text": ENGLISH + " Again."}]
    jsonl = tmp_path / "line.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs, errors = read(jsonl)
    assert [d.id for d in docs] == ["a", "c"] and codes(errors) == [("E013", 2)]
    assert str(errors[0]).startswith(f"E013 {jsonl} line 2: the document is too large (5,000,000 bytes of text")

    with open(tmp_path / "line.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "text"], ["a", ENGLISH], ["big", line], ["c", ENGLISH + " Again."]])
    docs, errors = read(tmp_path / "line.csv")
    assert [d.id for d in docs] == ["a", "c"] and codes(errors) == [("E013", 3)]

    # With the limit raised, the same line is a document.
    docs, errors = read(jsonl, max_bytes=6_000_000)
    assert [d.id for d in docs] == ["a", "big", "c"] and errors == []


def test_line_far_over_the_limit_is_skipped_without_being_held(tmp_path):
    file = tmp_path / "long.jsonl"
    with open(file, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "text": ENGLISH}) + "\n")
        f.write('{"id": "huge", "text": "' + "Russia warned Japan " * 500_000 + '"}\n')   # 10 MB
        f.write(json.dumps({"id": "c", "text": ENGLISH + " Again."}) + "\n")
    tracemalloc.start()
    docs, errors = read(file, max_bytes=100_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [d.id for d in docs] == ["a", "c"] and codes(errors) == [("E013", 2)]
    assert "a line of 10,000,027 bytes" in errors[0].reason
    assert peak < 4 * 2**20   # one read chunk, not the line


# ------------------------------------------------------------------------------------------ formats and records

def test_html_without_article_text_is_one_error():
    docs, errors = read(DATA / "no_article.html")
    assert docs == [] and codes(errors) == [("E010", None)]


def test_jsonl_malformed_lines_among_good_ones(tmp_path):
    file = tmp_path / "feed.jsonl"
    file.write_text("\n".join([
        json.dumps({"id": "g1", "text": ENGLISH}),
        '{"id": "cut", "text": "Russia and North Ko',          # half-written by a crawler that died
        json.dumps({"id": "g2", "text": ENGLISH + " More."}),
        "[1, 2, 3]",
        "not json at all",
        json.dumps({"id": "g3", "text": ENGLISH + " Last."}),
    ]) + "\n", encoding="utf-8")
    docs, errors = read(file)
    assert [d.id for d in docs] == ["g1", "g2", "g3"]
    assert codes(errors) == [("E006", 2), ("E007", 4), ("E006", 5)]
    for error in errors:
        assert error.path == str(file) and error.reason and error.fix
        assert str(error).startswith(f"{error.code} {file} line {error.line}: ")


def test_csv_without_text_column_is_one_error(tmp_path):
    file = tmp_path / "export.csv"
    file.write_text("id,headline,body\n1,Talks,Russia and China met.\n", encoding="utf-8")
    docs, errors = read(file)
    assert docs == [] and codes(errors) == [("E009", None)]
    assert "'id', 'headline', 'body'" in errors[0].reason


def test_gzipped_files_are_read(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ENGLISH.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress((json.dumps({"id": "b", "text": ENGLISH}) + "\n").encode()))
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(f'id,text\nc,"{ENGLISH}"\n'.encode()))
    (tmp_path / "d.html.gz").write_bytes(gzip.compress((DATA / "article.html").read_bytes()))
    docs, errors = read(tmp_path, lang="en")
    assert errors == [] and len(docs) == 4
    assert [d.lang for d in docs] == ["en"] * 4


def test_lone_surrogates_and_undecodable_file_names_can_be_stored(tmp_path):
    from accord.store import open_store

    (tmp_path / "s.jsonl").write_text('{"id": "s\\ud800", "title": "T\\udfff", "text": "Kim wrote \\ud83d."}\n',
                                      encoding="utf-8")
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw_name, "wb") as f:
        f.write(ENGLISH.encode())
    docs, errors = read(tmp_path)
    assert errors == [] and len(docs) == 2
    named = next(d for d in docs if d.path.endswith(".txt"))
    assert named.path == str(tmp_path / "caf\ufffd.txt")
    odd = next(d for d in docs if d.path.endswith(":1"))
    assert (odd.id, odd.title, odd.text) == ("s\ufffd", "T\ufffd", "Kim wrote \ufffd.")
    store = open_store(tmp_path / "store")
    store.write_batch(documents=[{"doc_id": d.id, "text": d.text, "title": d.title, "path": d.path} for d in docs],
                      events=[])
    assert store.counts()["documents"] == 2


def test_usage_errors_are_refused_at_once():
    with pytest.raises(InputError) as caught:
        read_path(DATA / "titled.txt", lang="english please")
    assert caught.value.code == "E016" and "--lang any" in caught.value.fix
    with pytest.raises(InputError) as caught:
        read_path(DATA / "titled.txt", max_bytes=0)
    assert caught.value.code == "E017"


# --------------------------------------------------------------------------------------------------- language

@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_text_not_in_english_is_skipped_with_the_language_named(tmp_path, code):
    file = tmp_path / f"{code}.txt"
    file.write_text(FOREIGN[code], encoding="utf-8")
    docs, errors = read(file, lang="en")
    assert docs == [] and codes(errors) == [("E014", None)]
    assert errors[0].reason.startswith(f"the text is in {NAMES[code]}, not English (")
    assert "--lang any" in errors[0].fix
    [doc], errors = read(file, lang="any")
    assert errors == [] and doc.text == FOREIGN[code]
    [doc], errors = read(file, lang=f"en,{code}")
    assert errors == [] and doc.lang == code


def test_english_is_kept_with_foreign_names_and_quotes(tmp_path):
    text = (ENGLISH + ' Protesters in Kyiv chanted "Слава Україні" and carried banners reading "Nein zum Krieg", '
            "while the Chinese embassy (中国大使馆) declined to comment.")
    (tmp_path / "mixed.txt").write_text(text, encoding="utf-8")
    [doc], errors = read(tmp_path / "mixed.txt", lang="en")
    assert errors == [] and doc.lang == "en"


def test_text_too_short_or_tabular_to_judge_is_kept(tmp_path):
    (tmp_path / "table.txt").write_text("NAUGATUCK, Conn., March 12 - Shr 29 cts vs 16 cts Net 610,000 vs 329,000 "
                                        "Sales 6,714,000 vs 4,582,000 Avg shrs 4,504,000 vs 3,527,000", encoding="utf-8")
    (tmp_path / "short.txt").write_text("Kim, Putin: talks.", encoding="utf-8")
    docs, errors = read(tmp_path, lang="en")
    assert errors == [] and [d.lang for d in docs] == [None, None]


def test_declared_language_counts_only_when_the_text_cannot_tell(tmp_path):
    file = tmp_path / "declared.jsonl"
    file.write_text("\n".join(json.dumps(r) for r in [
        {"id": "short-de", "lang": "de", "text": "Berlin, 3. März."},      # undecided: the record says German
        {"id": "en-labelled-de", "lang": "de", "text": ENGLISH},           # the text says English
    ]) + "\n", encoding="utf-8")
    docs, errors = read(file, lang="en")
    assert [d.id for d in docs] == ["en-labelled-de"] and docs[0].lang == "en"
    assert codes(errors) == [("E014", 1)] and "German (as the record says)" in errors[0].reason


# ------------------------------------------------------------------------------------------------- time limits

def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_time_limit_stops_python_code_in_the_main_thread():
    before = signal.getsignal(signal.SIGALRM)
    t0 = time.monotonic()
    with pytest.raises(DocTimeout) as caught:
        with time_limit(0.3):
            _spin(10)
    assert 0.25 < time.monotonic() - t0 < 2.0
    assert caught.value.code == "E015" and "0.3 s" in caught.value.reason
    assert signal.getsignal(signal.SIGALRM) == before and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with time_limit(0.2):   # a block that ends in time leaves no alarm behind
        pass
    _spin(0.4)


def test_time_limit_keeps_an_outer_limit():
    with pytest.raises(DocTimeout) as caught:
        with time_limit(0.5):
            with time_limit(5):     # the inner block may not outlive the outer limit
                _spin(10)
    assert caught.value.limit in (0.5, 5)
    with time_limit(5):
        with time_limit(0.1):
            pass
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 3 < remaining <= 5


def test_time_limit_stops_python_code_in_another_thread():
    outcome = {}

    def work():
        t0 = time.monotonic()
        try:
            with time_limit(0.3):
                _spin(10)
            outcome["result"] = "finished"
        except DocTimeout:
            outcome["result"] = "stopped"
        outcome["seconds"] = time.monotonic() - t0
        _spin(0.5)   # nothing arrives after the block
        outcome["after"] = "quiet"

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(15)
    assert outcome == {"result": "stopped", "seconds": pytest.approx(outcome["seconds"]), "after": "quiet"}
    assert 0.25 < outcome["seconds"] < 2.0


def test_time_limit_stops_spacy_on_a_pathological_text():
    from accord import nlp

    nlp.load()
    t0 = time.monotonic()
    with pytest.raises(DocTimeout):
        with time_limit(1.0):
            nlp.parse(PATHOLOGICAL)
    assert time.monotonic() - t0 < 3.0
    assert len(nlp.parse("Putin wrote to Kim.")) == 5   # the model works on after the interruption


def test_within_time_stops_the_slow_document_and_codes_the_others():
    calls = []

    def code(batch, on_error):
        calls.append(list(batch))
        for item in batch:
            if item == "boom":
                on_error(item, ValueError("coder bug"))
                continue
            _spin(30 if item == "slow" else 0.01)
            yield item, item.upper()

    failed = []
    t0 = time.monotonic()
    out = list(within_time(["a", "boom", "b", "slow", "c"], code, 0.5,
                           lambda item, error: failed.append((item, type(error).__name__)),
                           item_of=lambda result: result[0]))
    assert [upper for _, upper in out] == ["A", "B", "C"]
    assert failed == [("boom", "ValueError"), ("slow", "DocTimeout")]
    # the batch, then the documents it had not finished one at a time: "boom" is not coded twice
    assert calls == [["a", "boom", "b", "slow", "c"], ["slow"], ["c"]]
    assert time.monotonic() - t0 < 3.0


def test_within_time_isolates_a_document_that_fails_the_whole_batch():
    def code(batch, on_error):
        if "poison" in batch:   # the tokenizer or the parser failing for the batch as a whole
            raise ValueError("cannot parse the batch")
        for item in batch:
            yield item, item.upper()

    failed = []
    out = list(within_time(["a", "poison", "b"], code, None, lambda item, error: failed.append((item, str(error))),
                           item_of=lambda result: result[0]))
    assert [upper for _, upper in out] == ["A", "B"] and failed == [("poison", "cannot parse the batch")]
    with pytest.raises(ValueError):   # without an error handler, the error is raised as it was
        list(within_time(["a", "poison"], code, 5, None, item_of=lambda result: result[0]))


# ------------------------------------------------------------------------------------ the real ingest, end to end

def accord(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_ingest_stops_a_document_over_the_time_limit_and_codes_the_rest(tmp_path):
    from accord.pipeline import ingest
    from accord.store import open_store

    folder = tmp_path / "in"
    write_txt(folder, articles(4, seed=3))
    (folder / "punctuation.txt").write_text(PATHOLOGICAL, encoding="utf-8")
    store = open_store(tmp_path / "store")
    t0 = time.monotonic()
    summary = ingest([str(folder)], store, doc_timeout=1.0, workers=1, batch_size=8)
    assert time.monotonic() - t0 < 30
    assert summary.documents == 4 and summary.errors == 1
    [row] = store.query("SELECT path, line, code, reason, fix FROM errors")
    assert row["code"] == "E015" and row["path"].endswith("punctuation.txt")
    assert "longer than 1 s" in row["reason"] and "--doc-timeout" in row["fix"]
    assert store.counts()["documents"] == 4 and store.counts()["events"] > 0


def test_doc_timeout_works_in_worker_processes(tmp_path):
    folder = tmp_path / "in"
    write_txt(folder, articles(5, seed=4))
    (folder / "punctuation.txt").write_text(PATHOLOGICAL, encoding="utf-8")
    result = accord("ingest", str(folder), "--store", str(tmp_path / "store"), "--workers", "2",
                    "--batch-size", "2", "--doc-timeout", "1")
    assert result.returncode == 1, result.stderr
    assert "E015" in result.stderr and "punctuation.txt" in result.stderr
    from accord.store import open_store

    store = open_store(tmp_path / "store")
    assert store.counts()["documents"] == 5
    assert [r["code"] for r in store.query("SELECT code FROM errors")] == ["E015"]


def test_lang_and_max_doc_bytes_options_reach_ingest(tmp_path):
    from accord.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fr.txt").write_text(FOREIGN["fr"], encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    store = str(tmp_path / "store")
    result = accord("ingest", str(folder), "--store", store)
    assert result.returncode == 1 and "E014" in result.stderr and "fr.txt" in result.stderr
    assert open_store(store).counts()["documents"] == 1

    result = accord("ingest", str(folder), "--store", store, "--lang", "any")
    assert result.returncode == 0, result.stderr
    assert open_store(store).counts()["documents"] == 2

    (folder / "long.txt").write_text(ENGLISH * 4, encoding="utf-8")
    result = accord("ingest", str(folder / "long.txt"), "--store", store, "--max-doc-bytes", "500")
    assert result.returncode == 1 and "E013" in result.stderr and "the limit is 500 bytes" in result.stderr
    result = accord("ingest", str(folder / "long.txt"), "--store", store, "--max-doc-bytes", "5000")
    assert result.returncode == 0, result.stderr
    assert open_store(store).counts()["documents"] == 3

    result = accord("ingest", str(folder), "--store", store, "--lang", "klingon!")
    assert result.returncode == 2 and "--lang" in result.stderr


def bad_folder(root: Path) -> tuple[Path, dict[str, str]]:
    """One of each bad input beside 10 good articles; returns the folder and, per bad file, its error code."""
    folder = root / "scraped"
    good = articles(10, seed=11)
    write_txt(folder, good[:5])
    # Good articles in other shapes: a code page, damaged UTF-8, a gzipped file, good lines of a bad JSONL file.
    (folder / "cp1252.txt").write_bytes(("“" + good[5]["text"] + "”").encode("cp1252"))
    (folder / "damaged.txt").write_bytes(good[6]["text"].encode() + b" \xff")
    (folder / "good.jsonl.gz").write_bytes(gzip.compress((json.dumps(good[7]) + "\n").encode()))
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps(good[8]), '{"id": "cut", "text": "Russia and North Ko', json.dumps(good[9]), "[1, 2]",
    ]) + "\n", encoding="utf-8")
    bad = {
        "photo.txt": "E003", "noise.txt": "E005", "empty.txt": "E004", "dump.txt": "E013", "one-line.txt": "E013",
        "no_article.html": "E010", "feed.jsonl:2": "E006", "feed.jsonl:4": "E007", "export.csv": "E009",
        "french.txt": "E014", "russian.txt": "E014",
    }
    (folder / "photo.txt").write_bytes(PNG)
    (folder / "noise.txt").write_bytes(JUNK)
    (folder / "empty.txt").write_bytes(b"")
    write_big_text(folder / "dump.txt", 200 * 2**20)
    (folder / "one-line.txt").write_text("Russia warned Japan " * 250_000, encoding="utf-8")
    (folder / "no_article.html").write_bytes((DATA / "no_article.html").read_bytes())
    (folder / "export.csv").write_text("id,headline\n1,Talks\n", encoding="utf-8")
    (folder / "french.txt").write_text(FOREIGN["fr"], encoding="utf-8")
    (folder / "russian.txt").write_text(FOREIGN["ru"], encoding="utf-8")
    return folder, bad


def test_a_folder_of_bad_input_codes_the_good_lists_the_bad_and_a_second_run_adds_nothing(tmp_path):
    from accord.store import open_store

    folder, bad = bad_folder(tmp_path)
    store_path = str(tmp_path / "store")
    first = accord("ingest", str(folder), "--store", store_path)
    assert first.returncode == 1, first.stderr
    store = open_store(store_path)
    counts = store.counts()
    assert counts["documents"] == 10 and counts["events"] >= 10 and counts["errors"] == len(bad)

    rows = store.query("SELECT path, line, code, reason, fix FROM errors")
    found = {(Path(r["path"]).name + (f":{r['line']}" if r["line"] is not None else "")): r["code"] for r in rows}
    assert found == bad
    assert all(r["reason"] and r["fix"] for r in rows)
    # one line of the summary per failure, naming the file (and the line), the reason and the fix
    lines = [line for line in first.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == len(bad)
    for row in rows:
        where = row["path"] + (f" line {row['line']}" if row["line"] is not None else "")
        assert any(f"{row['code']} {where}: {row['reason']}. Fix: {row['fix']}" in line for line in lines), row
    # the summary's column width follows its widest value (the seconds), so match the row, not the padding
    assert re.search(r"│ documents\s+│\s+10 │", first.stdout), first.stdout
    listed = accord("errors", "--store", store_path, "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    assert sorted((e["code"], e["line"]) for e in map(json.loads, listed.stdout.splitlines())) == sorted(
        (r["code"], r["line"]) for r in rows)

    second = accord("ingest", str(folder), "--store", store_path)
    assert second.returncode == 1                        # the bad inputs are still bad, and said so
    assert len([line for line in second.stderr.splitlines() if line.startswith("error: ")]) == len(bad)
    assert open_store(store_path).counts() == counts     # and nothing is stored twice
