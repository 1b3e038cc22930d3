from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import CORPUS_DIR, PROJECT_ROOT


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_answers_with_citation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "Who gave the keynote speech?", "--corpus", str(CORPUS_DIR))
    assert code == 0
    assert "Hah Taekjip" in out
    assert "The Asia Business Daily" in out
    assert "paragraph 3" in out


@pytest.mark.parametrize("pasted", ["<@123456789>", "@everyone", "<#42> @here"])
def test_discord_mentions_pasted_into_a_question_are_no_words_of_it(
    capsys: pytest.CaptureFixture[str], pasted: str
) -> None:
    plain = run(capsys, "ask", "Who gave the keynote speech?", "--corpus", str(CORPUS_DIR))
    mentioned = run(
        capsys, "ask", f"{pasted} Who gave the keynote speech?", "--corpus", str(CORPUS_DIR)
    )
    assert mentioned == plain and plain[0] == 0


def test_ask_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "ask", "research security", "--json", "--top", "2", "--corpus", str(CORPUS_DIR)
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"question", "answer", "alternatives", "declined"}
    assert data["declined"] is None
    answer = data["answer"]
    assert set(answer) >= {"text", "quote", "speaker", "paragraph", "article", "score"}
    assert set(answer["paragraph"]) == {"id", "number", "text"}
    assert set(answer["article"]) == {"title", "publisher", "date", "url"}
    assert answer["text"] in answer["paragraph"]["text"]
    assert answer["paragraph"]["id"].endswith(f"-p{answer['paragraph']['number']}")
    assert len(data["alternatives"]) <= 1


def test_declined_question_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "ask", "What is the capital of France?", "--json", "--corpus", str(CORPUS_DIR)
    )
    assert code == 1
    assert json.loads(out) == {
        "question": "What is the capital of France?",
        "answer": None,
        "alternatives": [],
        "declined": {
            "reason": "unknown words",
            "missing": ["capital", "France"],
            "suggestions": [],
            "topics": [],
            "message": "The articles have nothing about *capital* or *France*.",
        },
    }


@pytest.mark.parametrize("question", ["", "   ", "?!?!", "🙂🙂🙂", "x" * 301])
def test_unusable_question_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], question: str
) -> None:
    code, _, err = run(capsys, "ask", question, "--corpus", str(CORPUS_DIR))
    assert code == 2
    assert err.strip() and "Traceback" not in err


def test_bad_corpus_exits_2_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "broken.md").write_bytes(b"---\ntitle: [oops\n---\nBody.\n")
    code, _, err = run(capsys, "check", "--corpus", str(tmp_path))
    assert code == 2
    assert "broken.md:2: front matter is not valid YAML" in err


def test_check_prints_counts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--corpus", str(CORPUS_DIR))
    assert code == 0
    assert "1 article, 8 paragraphs" in out


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["ask"])
    assert caught.value.code == 2


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["ask", "x", "--top", "26", "--json"], "argument --top: must be between 1 and 25"),
        (["ask", "--json"], "the following arguments are required: question"),
    ],
)
def test_usage_errors_under_json_are_json_on_stdout(
    capsys: pytest.CaptureFixture[str], argv: list[str], error: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    out, err = capsys.readouterr()
    assert caught.value.code == 2
    assert json.loads(out) == {"error": error}
    assert error in err  # and the usual usage text for a person


def test_stats_without_a_log_says_so_in_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "empty"))
    code, out, err = run(capsys, "stats", "--json")
    assert code == 1
    assert json.loads(out)["error"].startswith("no question log in ")
    assert "no question log" in err


def test_corpus_dir_from_environment(tmp_path: Path) -> None:
    env_corpus = tmp_path / "c"
    env_corpus.mkdir()
    (env_corpus / "a.md").write_text(
        "---\ntitle: Env Corpus\n---\nThe zebra crossing opened on Monday.\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "zebra crossing"],
        capture_output=True,
        text=True,
        env={"BOT_CORPUS_DIR": str(env_corpus), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Env Corpus" in result.stdout


def test_default_corpus_is_the_projects() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        cwd=PROJECT_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert str(PROJECT_ROOT / "corpus") in result.stdout


def test_env_example_copied_as_env_is_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The quickstart copies it to .env; its empty placeholders must read as "unset".
    (tmp_path / ".env").write_text((PROJECT_ROOT / ".env.example").read_text())
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check", "--corpus", str(CORPUS_DIR))
    assert (code, err) == (0, "")
    assert "1 article, 8 paragraphs" in out


def test_quotes_tells_a_shared_surname_from_a_typo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cup.md").write_text(
        "---\ntitle: Cup\n---\n\n"
        '"We worked hard for this win," said Marcus Webb, the captain.\n\n'
        '"It is the best feeling of my life," said Jordan Webb, a forward.\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "quotes", "--speaker", "webb", "--corpus", str(tmp_path))
    assert code == 1
    assert err.strip() == "'webb' matches several speakers: Marcus Webb, Jordan Webb."
    code, _, err = run(capsys, "quotes", "--speaker", "Jordon Web", "--corpus", str(tmp_path))
    assert code == 1
    assert err.startswith("No speaker called 'Jordon Web'. Did you mean: Jordan Webb")


def test_json_mode_reports_errors_on_stdout_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "ask", "anything", "--json", "--corpus", str(tmp_path / "none"))
    assert code == 2
    assert json.loads(out)["problems"] == [
        "none: corpus directory does not exist (set BOT_CORPUS_DIR or --corpus)"
    ]
    code, out, _ = run(
        capsys, "quotes", "--speaker", "Bae Hon", "--json", "--corpus", str(CORPUS_DIR)
    )
    assert code == 1
    assert json.loads(out)["candidates"][0] == "Bae Hoon"


def test_quotes_explain_names_the_rule_and_the_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "flood.md").write_text(
        "---\ntitle: Flood\npublisher: Test Daily\ndate: 2026-01-02\n---\n\n"
        "Teodora Lindqvist, a ferry pilot, walked the flooded street on Monday.\n\n"
        '"I have never seen water this high," Lindqvist said. "Not once."\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "quotes", "--explain", "--corpus", str(tmp_path))
    assert code == 0
    assert "why: rule verb-after-quote, from surname of a person named before: 'Lindqvist'" in out
    assert "why: rule same-paragraph-speaker" in out
    code, out, _ = run(capsys, "quotes", "--explain", "--json", "--corpus", str(tmp_path))
    rows = json.loads(out)
    assert [row["rule"] for row in rows] == ["verb-after-quote", "same-paragraph-speaker"]
