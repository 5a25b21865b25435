#!/usr/bin/env python3
"""Grouped cross-validation of the stance model on NewsMTSC train, for feature changes.

    python3 scripts/stance_cv.py [--save preds.json] [--compare old.json] [--offsets] [--frac F]

Runs the crate's own feature extractor (as scripts/train_stance.py does) on train, dev_mt
and dev_rw, then:
- 5-fold cross-validation on train grouped by article (the id's first three fields,
  `allsides_1000_401`), so sentences of one article never straddle train and test; each
  fold is trained exactly as the shipped model is (class weights, confounds dropped into
  the intercepts, the kept buckets, int8) with the shipped setting (C, keep) read from
  train_stance.py's selection or given with --C/--keep;
- dev_mt / dev_rw with the model trained on all of train.
`--save` writes the out-of-fold train predictions and the dev predictions (for error
analysis and for --compare); `--compare` prints a paired bootstrap over articles (1,000
resamples) of the macro-F1 difference against a saved run; `--frac F` trains each fold on a
random fraction F of its articles (a learning curve; dev figures still use all of train).
The held-out test set is not used.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_stance as ts  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402


def arg(name, default):
    a = sys.argv
    return a[a.index(name) + 1] if name in a else default


def group_of(i):
    return "_".join(i.split("_")[:3])


def fit_predict(X, y, Xtests, conf, conf_mean, C, keep):
    seen = np.flatnonzero(np.asarray((X != 0).sum(axis=0)).ravel())
    m = LogisticRegression(C=C, max_iter=5000, class_weight=ts.CLASS_WEIGHT)
    m.fit(X[:, seen], y)
    coef = np.zeros((3, 1 << ts.BITS))
    coef[:, seen] = m.coef_
    intercept = m.intercept_ + coef[:, conf] @ conf_mean
    coef[:, conf] = 0.0
    keys, q, scale = ts.quantise(coef, keep)
    return [Xt[:, keys] @ (q.T.astype(np.float64) * scale) + intercept for Xt in Xtests]


def offsets(y, z):
    """Additive logit offsets (against, favor; none fixed at 0) that maximise macro-F1 on
    out-of-fold predictions: a grid of 0.05 steps in -1 … 1."""
    best = (ts.macro_f1(y, ts.decide(z)), np.zeros(3))
    for a in np.arange(-1, 1.001, 0.05):
        for f in np.arange(-1, 1.001, 0.05):
            o = np.array([a, 0.0, f])
            m = ts.macro_f1(y, ts.decide(z + o))
            if m > best[0] + 1e-9:
                best = (m, o)
    return best[1]


def boot(y, a, b, groups, n=1000):
    rng = np.random.default_rng(0)
    ug = sorted(set(groups))
    idx = {g: [] for g in ug}
    for i, g in enumerate(groups):
        idx[g].append(i)
    d = []
    for _ in range(n):
        pick = np.concatenate([idx[ug[k]] for k in rng.integers(0, len(ug), len(ug))])
        d.append(ts.macro_f1(y[pick], b[pick]) - ts.macro_f1(y[pick], a[pick]))
    return np.percentile(d, [2.5, 97.5])


def main():
    C = float(arg("--C", 0.1))
    keep = int(arg("--keep", 16000))
    import subprocess
    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "features"], cwd=ts.ROOT, check=True)
    nm = os.path.join(ts.DATA, "newsmtsc")
    data = {}
    for d in ("train", "dev_mt", "dev_rw"):
        p = os.path.join(nm, f"{d}.norm.jsonl")
        with open(p, encoding="utf-8") as f:
            ids = [json.loads(l)["id"] for l in f if l.strip()]
        data[d] = (ts.features(p), ts.labels(p), ids)
    exe = os.path.join(ts.ROOT, "target", "release", "examples", "features")
    conf = json.loads(subprocess.run([exe, "--confounds"], capture_output=True, check=True, text=True).stdout)
    X, y, ids = data["train"]
    groups = [group_of(i) for i in ids]
    ug = sorted(set(groups))
    rng = np.random.default_rng(0)
    fold_of_group = dict(zip(ug, rng.permutation(len(ug)) % 5))
    fold = np.array([fold_of_group[g] for g in groups])
    oofz = np.zeros((len(y), 3))
    # --frac f: train each fold on a fraction f of its training articles (a learning curve).
    frac = float(arg("--frac", 1.0))
    keep_group = dict(zip(ug, rng.random(len(ug)) < frac))
    sub = np.array([keep_group[g] for g in groups])
    for k in range(5):
        tr, te = (fold != k) & sub, fold == k
        Xtr = X[tr]
        conf_mean = np.asarray(Xtr[:, conf].mean(axis=0)).ravel()
        (oofz[te],) = fit_predict(Xtr, y[tr], [X[te]], conf, conf_mean, C, keep)
    conf_mean = np.asarray(X[:, conf].mean(axis=0)).ravel()
    zm, zr = fit_predict(X, y, [data["dev_mt"][0], data["dev_rw"][0]], conf, conf_mean, C, keep)
    off = np.zeros(3)
    if "--offsets" in sys.argv:
        off = offsets(y, oofz)
        print(f"offsets chosen on the out-of-fold train logits: {off}")
    oof, pm, pr = (ts.decide(z + off) for z in (oofz, zm, zr))
    res = {"cv": ts.macro_f1(y, oof), "dev_mt": ts.macro_f1(data["dev_mt"][1], pm), "dev_rw": ts.macro_f1(data["dev_rw"][1], pr)}
    print(f"C={C} keep={keep}: grouped 5-fold CV on train {res['cv']:.3f}  dev_mt {res['dev_mt']:.3f}  "
          f"dev_rw {res['dev_rw']:.3f}  dev mean {(res['dev_mt'] + res['dev_rw']) / 2:.3f}")
    preds = {"train": oof.tolist(), "dev_mt": pm.tolist(), "dev_rw": pr.tolist(), "res": res}
    if "--save" in sys.argv:
        with open(arg("--save", None), "w") as f:
            json.dump(preds, f)
    if "--compare" in sys.argv:
        with open(arg("--compare", None)) as f:
            old = json.load(f)
        for d in ("train", "dev_mt", "dev_rw"):
            yd, idd = data[d][1], data[d][2]
            a, b = np.array(old[d]), np.array(preds[d])
            lo, hi = boot(yd, a, b, [group_of(i) for i in idd])
            print(f"{d}: {ts.macro_f1(yd, a):.3f} -> {ts.macro_f1(yd, b):.3f} "
                  f"(diff 95% CI over articles {lo:+.3f} … {hi:+.3f})")


if __name__ == "__main__":
    main()
