"""Short newswire articles written for the robustness tests: a few sentences each, every one with two states and
an event verb the coder knows, so that a run over them produces events. Seeded: the same seed gives the same
articles on every machine."""
from __future__ import annotations

import json
import random
from pathlib import Path

STATES = ["Russia", "China", "Iran", "Japan", "Germany", "France", "Turkey", "India", "Brazil", "Ukraine",
          "North Korea", "South Korea", "Israel", "Egypt", "Canada", "Mexico", "Poland", "Italy", "Spain",
          "Pakistan", "Belarus", "Syria", "Saudi Arabia", "Vietnam"]
CAPITALS = ["MOSCOW", "BEIJING", "TEHRAN", "TOKYO", "BERLIN", "PARIS", "ANKARA", "NEW DELHI", "GENEVA", "KYIV"]
SENTENCES = [
    "{a} condemned the sanctions imposed by {b} on {day}.",
    "{a} threatened {b} with missile strikes.",
    "{a} signed a trade agreement with {b}.",
    "{a} cut off ties with {b}.",
    "{a} imposed sanctions on {b}.",
    "{a} sent humanitarian aid to {b}.",
    "{a} urged {b} to return to talks.",
    "{a} accused {b} of violating the ceasefire.",
    "The foreign minister of {a} met his counterpart from {b} on {day}.",
    "{a} praised {b} for its support.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def articles(n: int, seed: int = 7, sentences: int = 3) -> list[dict]:
    """``n`` distinct articles as JSON records: id, title, date, text."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        month = rng.randrange(len(MONTHS))
        lines = [f"{rng.choice(CAPITALS)}, {MONTHS[month]} {rng.randint(1, 28)} (Wire {i}) -"]
        for _ in range(sentences):
            a, b = rng.sample(STATES, 2)
            lines.append(rng.choice(SENTENCES).format(a=a, b=b, day=rng.choice(DAYS)))
        out.append({"id": f"wire-{seed}-{i}", "title": f"Wire report {i}",
                    "date": f"2022-{month + 1:02d}-{rng.randint(1, 28):02d}", "text": " ".join(lines)})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_txt(folder: Path, records: list[dict]) -> list[Path]:
    """One .txt file per article: headline, blank line, text."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for r in records:
        file = folder / f"{r['id']}.txt"
        file.write_text(f"{r['title']}\n\n{r['text']}\n", encoding="utf-8")
        files.append(file)
    return files
