"""benchmarks/calibrate_confidence.py: the fit of the multiplicative confidence weights, on events made up
for the test (the script itself reads only the benchmark's dev split)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def calibrate():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import calibrate_confidence
    finally:
        sys.path.remove(str(BENCHMARKS))
    return calibrate_confidence


def test_fit_recovers_the_share_of_correct_events_under_each_factor(calibrate) -> None:
    # 400 events: plain ones right 80 times in 100, those with the factor 40 times in 100 (weight 0.5)
    x = np.array([[1.0, 0.0]] * 200 + [[1.0, 1.0]] * 200)
    y = np.array(([1.0] * 160 + [0.0] * 40) + ([1.0] * 80 + [0.0] * 120))
    base, factor = np.exp(calibrate.fit(x, y))
    assert base == pytest.approx(0.8, abs=0.03) and factor == pytest.approx(0.5, abs=0.05)


def test_weights_stay_in_range_and_write_a_file_that_loads(calibrate, tmp_path) -> None:
    from vigie.coder.confidence import Weights

    # a factor under which every event is right cannot raise the confidence: its weight stays 1
    x = np.array([[1.0, 0.0]] * 100 + [[1.0, 1.0]] * 100)
    y = np.array(([1.0] * 50 + [0.0] * 50) + [1.0] * 100)
    weights = np.exp(calibrate.fit(x, y))
    assert all(calibrate.MIN_WEIGHT - 1e-9 <= w <= 1.0 for w in weights)
    path = tmp_path / "confidence.yaml"
    calibrate.write(path, {"base": float(weights[0]), "no_target": float(weights[1])},
                    {"no_target": 'the text names no "target"'}, events=200, correct=150)
    loaded = Weights.load(path)
    assert loaded.base == pytest.approx(weights[0], abs=1e-3) and set(loaded.factors) == {"no_target"}
