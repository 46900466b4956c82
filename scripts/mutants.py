"""Mutation testing of the extraction, RDF, store and summary code (issue 19); not run in CI.

    python scripts/mutants.py [--sample N] [--seed S] [--modules kg/extract ...] [--jobs J]

Each mutant is one small change to a copy of the committed code (``git archive HEAD``
into a temporary folder beside a link to ../shared, never the checkout itself, where
others work); the tests of the changed file's area (``AREAS``, each under a minute) run
on it with ``-x``. A mutant is killed when they fail, survives when they pass, and times
out past ``--timeout-factor`` times the area's clean run (counted as caught).

The mutants are the ``NAMED`` ones of issue 19, which must all be killed, and a random
sample (``--sample``, ``--seed``) of the sites these operators find in ``--modules``:

    compare     flip a comparison: == !=, < >=, > <=, in / not in, is / is not
    negate      negate the test of an if, while or conditional expression
    bool        swap the constants True and False
    boolop      swap and / or
    number      an integer constant n becomes n + 1
    augassign   += becomes -= and -= becomes +=
    return      return None instead of the value
    call        drop a call made as a statement (it becomes pass)
    cue-row     drop a row of kg/data/lexicon/cues.tsv (when kg/extract is sampled)

Why not mutmut or cosmic-ray: both mutate every site of the chosen files and run the
tests on each (mutmut 3 also first runs the whole suite, eight minutes here, to map
tests); neither samples, and the four packages hold some 4,000 sites. On 2 cores a
sample of a hundred with per-area tests finishes in about half an hour.
"""

from __future__ import annotations

import argparse
import ast
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["kg/extract", "kg/rdf", "kg/store", "kg/summaries"]
CUES = "kg/data/lexicon/cues.tsv"
REV = "HEAD"  # the commit mutated: main() pins it, so the copies and the sites agree

_EXTRACT = [
    "tests/test_rules_modality.py",
    "tests/test_cue_rows.py",
    "tests/test_mutant_*.py",
    "tests/test_rules.py",
    "tests/test_rules_relations.py",
    "tests/test_rules_event.py",
    "tests/test_rules_names.py",
    "tests/test_rules_agents.py",
    "tests/test_rules_cooperation_forms.py",
    "tests/test_rules_statements.py",
    "tests/test_rules_topics.py",
    "tests/test_rules_event_formats.py",
    "tests/test_rules_surnames.py",
    "tests/test_rules_r4_*.py",
    "tests/test_rules_r5_*.py",
    "tests/test_rules_r6_*.py",
    "tests/test_gazetteer_r5.py",
    "tests/test_publishers.py",
    "tests/test_seed.py",
    "tests/test_dev_snapshot.py",
    "tests/test_dev_corpus.py",
    # the corpus floors last: 40 s, paid only by a mutant the written cases let through
    "tests/test_real_corpus.py",
    "tests/test_annotations.py",
]
_STORE = [
    "tests/test_store_and_queries.py",
    "tests/test_bind.py",
    "tests/test_shacl_violations.py",
]
# (path prefix, tests): the first prefix a mutated file starts with names its tests.
AREAS: list[tuple[str, list[str]]] = [
    (
        "kg/extract/native",
        [
            "tests/test_mutant_native.py",
            "tests/test_mutant_r5_native*.py",
            "tests/test_rules_zh.py",
            "tests/test_rules_ru.py",
            "tests/test_names_zh.py",
            "tests/test_names_ru.py",
            "tests/test_native_corpus.py",
        ],
    ),
    ("kg/extract", _EXTRACT),
    (CUES, _EXTRACT),
    (
        "kg/rdf",
        [
            "tests/test_mutant_*.py",
            "tests/test_nquads.py",
            "tests/test_ontology.py",
            "tests/test_properties.py",
        ]
        + _STORE,
    ),
    (
        "kg/store/remote.py",
        ["tests/test_mutant_push.py", "tests/test_push.py", "tests/test_mutant_r5_store.py"],
    ),
    (
        "kg/store/credentials.py",
        ["tests/test_mutant_round3.py", "tests/test_mutant_push.py", "tests/test_push.py"],
    ),
    (
        "kg/store/serve.py",
        [
            "tests/test_mutant_r5_serve.py",
            "tests/test_mutant_store.py",
            "tests/test_mutant_round3.py",
            "tests/test_serve.py",
            "tests/test_mutant_r5_store.py",
        ],
    ),
    (
        "kg/store/pool.py",
        [
            "tests/test_mutant_r5_serve.py",
            "tests/test_mutant_store.py",
            "tests/test_serve.py",
            "tests/test_mutant_r5_store.py",
        ],
    ),
    ("kg/store/guard.py", ["tests/test_mutant_store.py", "tests/test_serve.py"]),
    (
        "kg/store/accept.py",
        ["tests/test_serve_accept.py", "tests/test_mutant_r5_serve.py", "tests/test_serve.py"],
    ),
    (
        "kg/store/isolated.py",
        [
            "tests/test_mutant_local_store.py",
            "tests/test_mutant_round3.py",
            "tests/test_isolated.py",
            "tests/test_mutant_r5_store.py",
        ],
    ),
    ("kg/store/integrity.py", ["tests/test_isolated.py"]),
    (
        "kg/store",
        ["tests/test_mutant_store.py", "tests/test_mutant_round3.py"]
        + _STORE
        + ["tests/test_damaged_store.py", "tests/test_mutant_r5_store.py"],
    ),
    (
        "kg/summaries",
        [
            "tests/test_mutant_*.py",
            "tests/test_ties.py::test_a_first_build_writes_one_tie_per_asserted_triple",
            "tests/test_ties.py::test_changed_and_removed_readouts_rewrite_only_their_ties",
            "tests/test_ties.py::test_refresh_and_rebuild_agree",
            "tests/test_ties.py::test_kg_validate_says_whether_the_ties_match_the_claims",
            "tests/test_engagements.py::test_readouts_of_one_engagement_are_linked_and_no_others",
            "tests/test_engagements.py::test_sides_added_and_removed_later_regroup_their_engagement",
            "tests/test_engagements.py::test_a_lost_engagements_graph_is_rebuilt_by_the_next_build",
            "tests/test_engagements.py::test_the_named_queries_count_and_compare_engagements",
        ],
    ),
    ("kg/analysis/validate.py", ["tests/test_shacl_violations.py", "tests/test_mutant_*.py"]),
]


@dataclass(frozen=True)
class Mutant:
    name: str  # "kg/rdf/iris.py:38 compare" or a named mutant's name
    path: str  # the file changed, relative to the repository
    old: str  # text replaced (exactly once) ...
    new: str  # ... by this
    start: int = -1  # character offset of ``old`` in the file, -1: find it (named ones)


# The mutants issue 19 names: each must be killed by the tests.
NAMED = [
    Mutant(
        "tone polarity flipped in tallies",
        "kg/summaries/tallies.py",
        '_TONE = {1: "positive", -1: "negative", 0: "neutral"}',
        '_TONE = {1: "negative", -1: "positive", 0: "neutral"}',
    ),
    Mutant(
        "'invites' cue row dropped",
        CUES,
        "invites\tactive\t\\binvit(?:ed|es|e|ing)\\b\tinvit\n",
        "",
    ),
    Mutant(
        "passive 'hosts ... by' cue row dropped",
        CUES,
        "hosts\tpassive\t\\b(?:was|were|is|are|been) {m}(?:greeted|received|welcomed|hosted|"
        "accorded {m}welcome) {m}by\tgreeted|received|welcomed|hosted|welcome\n",
        "",
    ),
    Mutant(
        "state IRIs minted lower-case",
        "kg/rdf/iris.py",
        'return f"{BASE}state/{iso3}"',
        'return f"{BASE}state/{iso3.lower()}"',
    ),
    Mutant(
        "SHACL always conforms",
        "kg/analysis/validate.py",
        "return bool(ok), text",
        "return True, text",
    ),
    # since 668a7a7 kg validate runs the shapes as SPARQL in the store, not through conforms()
    Mutant(
        "SHACL checks in the store find nothing",
        "kg/analysis/validate.py",
        "    tick = progress or (lambda n: None)\n",
        "    return []\n",
    ),
    Mutant(
        "ties graph never updated",
        "kg/summaries/tracker.py",
        '"""Rewrite what changed; returns the number of ties rewritten."""\n',
        '"""Rewrite what changed; returns the number of ties rewritten."""\n        return 0\n',
    ),
    Mutant(
        "incremental ties refresh skipped",
        "kg/summaries/tracker.py",
        "return refresh(self.store, self.keys, self.noted)",
        "return 0",
    ),
    Mutant(
        "negation ignored",
        "kg/extract/relations.py",
        'return not self._words("negation").isdisjoint(self.pieces[max(a, start) : b])',
        "return False",
    ),
    Mutant(
        "modality always 'asserted'",
        "kg/extract/relations.py",
        "def modality(self, a: int, b: int) -> str:\n",
        'def modality(self, a: int, b: int) -> str:\n        return "asserted"\n',
    ),
    Mutant(
        "hypotheticals ignored",
        "kg/extract/relations.py",
        'if not self._words("hypothetical").isdisjoint(self.pieces[max(0, start - 4) : b]):',
        "if False:",
    ),
    Mutant(
        "event location always empty",
        "kg/extract/event.py",
        "def location(doc: Doc, etype: str | None) -> str | None:\n",
        "def location(doc: Doc, etype: str | None) -> str | None:\n    return None\n",
    ),
]

_FLIP = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.GtE,
    ast.GtE: ast.Lt,
    ast.Gt: ast.LtE,
    ast.LtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}


def _offsets(text: str) -> list[int]:
    """Character offset of each line's start (ast columns are UTF-8 bytes: see _span)."""
    out, n = [0], 0
    for line in text.splitlines(keepends=True):
        n += len(line)
        out.append(n)
    return out


def _span(lines: list[str], starts: list[int], node: ast.AST) -> tuple[int, int]:
    def at(line: int, col: int) -> int:
        return starts[line - 1] + len(lines[line - 1].encode()[:col].decode())

    return at(node.lineno, node.col_offset), at(node.end_lineno, node.end_col_offset)


def _mutations(node: ast.AST) -> list[tuple[str, ast.AST, str]]:
    """(operator, node replaced, its replacement text) for each mutation of ``node``."""
    out = []
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _FLIP:
        new = ast.Compare(node.left, [_FLIP[type(node.ops[0])]()], node.comparators)
        out.append(("compare", node, ast.unparse(new)))
    if isinstance(node, (ast.If, ast.While, ast.IfExp)):
        out.append(("negate", node.test, f"not ({ast.unparse(node.test)})"))
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        out.append(("bool", node, str(not node.value)))
    elif isinstance(node, ast.Constant) and type(node.value) is int:
        out.append(("number", node, str(node.value + 1)))
    if isinstance(node, ast.BoolOp):
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        out.append(("boolop", node, ast.unparse(ast.BoolOp(other, node.values))))
    if isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Sub)):
        op = "-=" if isinstance(node.op, ast.Add) else "+="
        out.append(
            ("augassign", node, f"{ast.unparse(node.target)} {op} {ast.unparse(node.value)}")
        )
    if isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            out.append(("return", node.value, "None"))
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        out.append(("call", node, "pass"))
    return out


def _skipped(tree: ast.AST) -> set[int]:
    """Ids of nodes not worth mutating: f-string parts (3.11 misplaces them), docstrings."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            out.update(id(n) for n in ast.walk(node))
    return out


def sites(path: str) -> list[Mutant]:
    """Every mutation the operators find in one Python file."""
    text = _committed(path)
    tree = ast.parse(text)
    lines, starts, skip = text.splitlines(keepends=True), _offsets(text), _skipped(tree)
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        for op, target, new in _mutations(node):
            a, b = _span(lines, starts, target)
            name = f"{path}:{target.lineno} {op}: {text[a:b][:60]!r} -> {new[:60]!r}"
            out.append(Mutant(name, path, text[a:b], new, a))
    return out


def cue_sites() -> list[Mutant]:
    """Dropping each row of the cue lexicon, one at a time."""
    text = _committed(CUES)
    out, start, header = [], 0, True
    for n, line in enumerate(text.splitlines(keepends=True), 1):
        if line.strip() and not line.startswith("#"):
            if not header:
                out.append(Mutant(f"{CUES}:{n} cue-row: drop {line[:60]!r}", CUES, line, "", start))
            header = False
        start += len(line)
    return out


def all_sites(modules: list[str]) -> list[Mutant]:
    """The sites of the committed Python files under ``modules`` (what the copies hold)."""
    listed = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", REV, *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    out = [m for path in listed if path.endswith(".py") for m in sites(path)]
    if any(m.startswith("kg/extract") for m in modules):
        out += cue_sites()
    return out


def tests_for(path: str) -> list[str]:
    for prefix, tests in AREAS:
        if path.startswith(prefix):
            return tests
    raise SystemExit(f"no tests named for {path}: add it to AREAS")


def _committed(path: str) -> str:
    return subprocess.run(
        ["git", "show", f"{REV}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def mutate(m: Mutant, text: str) -> str:
    """The file with the mutant applied (a named mutant's text occurs once: main checks)."""
    if m.start >= 0:
        assert text[m.start : m.start + len(m.old)] == m.old, m.name
        return text[: m.start] + m.new + text[m.start + len(m.old) :]
    return text.replace(m.old, m.new, 1)


def make_copy(base: Path, n: int) -> Path:
    """A copy of the committed tree, with ontology/ where kg.resources looks for it."""
    copy = base / f"w{n}"
    copy.mkdir()
    archive = subprocess.run(["git", "archive", REV], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(copy)], input=archive.stdout, check=True)
    (copy / "kg" / "ontology").symlink_to("../ontology")
    return copy


def run_tests(copy: Path, tests: list[str], timeout: float) -> tuple[str, float]:
    """'killed', 'survived' or 'timeout', and the seconds taken."""
    args = [a for t in tests for a in _expand(copy, t)]
    env = dict(os.environ, PYTHONPATH=str(copy), PYTHONDONTWRITEBYTECODE="1")
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *args]
    t0 = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        cwd=copy,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        rc = proc.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return "timeout", time.monotonic() - t0
    if rc in (4, 5):
        raise SystemExit(f"pytest could not run {args} (exit {rc})")
    return ("survived" if rc == 0 else "killed"), time.monotonic() - t0


def _expand(copy: Path, test: str) -> list[str]:
    if "*" in test:
        return sorted(str(p.relative_to(copy)) for p in copy.glob(test))
    return [test]


class Runner:
    """A pool of copies of the tree; each mutant takes one, changes one file, restores it."""

    def __init__(self, base: Path, jobs: int, factor: float):
        self.copies: queue.Queue[Path] = queue.Queue()
        for n in range(jobs):
            self.copies.put(make_copy(base, n))
        self.factor = factor
        self.budget: dict[tuple[str, ...], float] = {}

    def baseline(self, tests: list[str]) -> float:
        """The clean run of these tests must pass; the mutants get ``factor`` times its time."""
        key = tuple(tests)
        if key not in self.budget:
            copy = self.copies.get()
            try:
                verdict, took = run_tests(copy, tests, 900)
                if verdict != "survived":  # the server tests can fail once on a loaded machine
                    print(f"clean run of {tests} failed; trying once more", flush=True)
                    verdict, took = run_tests(copy, tests, 900)
            finally:
                self.copies.put(copy)
            if verdict != "survived":
                raise SystemExit(f"the tests fail on the unmutated code: {tests}")
            self.budget[key] = max(60.0, self.factor * took)
            print(f"clean run of {len(tests)} test files: {took:.0f} s", flush=True)
        return self.budget[key]

    def run(self, m: Mutant) -> tuple[str, float]:
        tests = tests_for(m.path)
        timeout = self.baseline(tests)
        copy = self.copies.get()
        target = copy / m.path
        original = target.read_text(encoding="utf-8")
        try:
            target.write_text(mutate(m, original), encoding="utf-8")
            return run_tests(copy, tests, timeout)
        finally:
            target.write_text(original, encoding="utf-8")
            self.copies.put(copy)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sample", type=int, default=100, help="random sites to mutate (default 100)")
    p.add_argument("--seed", type=int, default=19, help="the sample's random seed (default 19)")
    p.add_argument("--modules", nargs="+", default=MODULES, help="folders or files to sample")
    p.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    p.add_argument("--timeout-factor", type=float, default=3.0)
    p.add_argument("--no-named", action="store_true", help="only the sample")
    p.add_argument("--keep", action="store_true", help="keep the temporary copies")
    p.add_argument("--rev", default="HEAD", help="the commit to mutate (default HEAD)")
    p.add_argument(
        "--only-from",
        metavar="LOG",
        help="run only the sampled mutants a previous run's output lists as survivors",
    )
    args = p.parse_args(argv)
    global REV
    REV = subprocess.run(
        ["git", "rev-parse", args.rev], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()

    pool = all_sites(args.modules)
    sample = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
    if args.only_from:
        wanted = survivors(Path(args.only_from))
        sample = [m for m in sample if m.name in wanted]
        missing = wanted - {m.name for m in sample}
        if missing:
            raise SystemExit(f"not in this sample (other --seed, --sample or --rev?): {missing}")
    named = [] if args.no_named else NAMED
    stale = [m for m in named if _committed(m.path).count(m.old) != 1]
    named = [m for m in named if m not in stale]
    print(
        f"commit {REV[:10]}: {len(pool)} sites in {' '.join(args.modules)}; "
        f"{len(sample)} sampled (seed {args.seed}), {len(named)} named; {args.jobs} jobs",
        flush=True,
    )
    base = Path(tempfile.mkdtemp(prefix="mut-"))
    (base / "shared").symlink_to(ROOT.parent / "shared")
    try:
        results = _run_all(Runner(base, args.jobs, args.timeout_factor), named + sample, args.jobs)
        results.update({m.name: "stale" for m in stale})
        named += stale
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    return report(named, sample, results)


def survivors(log: Path) -> set[str]:
    """The names under "survivors of the sample:" in a previous run's output."""
    lines = log.read_text(encoding="utf-8").splitlines()
    start = lines.index("survivors of the sample:") + 1
    return {line.strip() for line in lines[start:] if line.startswith("  ")}


def _run_all(runner: Runner, mutants: list[Mutant], jobs: int) -> dict[str, str]:
    for m in mutants:  # the clean runs first, one at a time
        runner.baseline(tests_for(m.path))
    results: dict[str, str] = {}
    with ThreadPoolExecutor(jobs) as ex:
        for i, (m, (verdict, took)) in enumerate(zip(mutants, ex.map(runner.run, mutants)), 1):
            results[m.name] = verdict
            print(f"[{i}/{len(mutants)}] {verdict:8} {took:5.0f} s  {m.name}", flush=True)
    return results


def report(named: list[Mutant], sample: list[Mutant], results: dict[str, str]) -> int:
    """The counts, the score, the named mutants' fate and the survivors; exit 1 if a named
    mutant survived or is stale (its text is not, or not once, in the commit's file)."""
    counts = {
        v: sum(results[m.name] == v for m in sample) for v in ("killed", "survived", "timeout")
    }
    caught = counts["killed"] + counts["timeout"]
    print(
        f"\nsampled: {len(sample)} mutants, killed {counts['killed']}, survived "
        f"{counts['survived']}, timeouts {counts['timeout']}; score "
        f"{100 * caught / max(1, len(sample)):.1f}% (killed + timeouts)"
    )
    print("\nnamed mutants:")
    for m in named:
        print(f"  {results[m.name]:8}  {m.name}")
    print("\nsurvivors of the sample:")
    for m in sample:
        if results[m.name] == "survived":
            print(f"  {m.name}")
    return int(any(results[m.name] in ("survived", "stale") for m in named))


if __name__ == "__main__":
    sys.exit(main())
