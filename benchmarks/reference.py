#!/usr/bin/env python3
"""NumPy/SciPy reference for the L2LabBenchmarks workloads.

Reads the data file that `L2LabBenchmarks --export FILE` writes (features, tokens, visiting
orders and hyperparameters), so both sides train on identical inputs and this script does no
tokenization of its own. Times only the workloads and prints, per run,

    RESULT numpy <workload> <seconds> <checksum> <checksum>

with the same checksums as the Swift side. Run single-threaded for workload (4):
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 (scripts/benchmark-l2lab sets them).

What each workload does, and where it departs from the Swift arithmetic:

1. logreg-fullbatch: 50 epochs of gradient descent on the mean logistic loss plus
   (lambda/2)|w|^2, recording loss and objective after every epoch as `Training.fullBatch` does.
   Same operations and same row order for X @ w and X.T @ r (SciPy's CSR/CSC loops); sums of
   length n or d use NumPy's pairwise summation instead of a left-to-right loop, and exp is
   NumPy's, not L2Lab's fdlibm port, so results agree to rounding.
2. logreg-minibatch: minibatch SGD over the exported permutations with the *dense* L2 rule:
   every step multiplies all d weights by (1 - lr*lambda), then subtracts lr*g, with g the
   mean gradient of the batch (SciPy row slicing X[batch], then Xb @ w and Xb.T @ r). The Swift
   side applies the same decay lazily (LazyWeightDecaySGD), which differs by rounding only.
3. bigram-sgd: one epoch of per-bigram SGD on -log P(next | previous) + (lambda/2)|w|^2 with the
   seen-bigrams-only parameterization. A step touches only the weights of `previous` (a
   contiguous slice), so the decay is lazy per context: a context's weights are always updated
   together, so one counter per context equals L2Lab's counter per weight, and the catch-up
   factor is computed by the same repeated squaring.
4. matmul-N: a @ b on the formula-defined operands, through NumPy's BLAS (dgemm), timed after
   one untimed warm-up product (the Swift side warms up the same way).
"""

import argparse
import ctypes
import math
import os
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp
from scipy.special import expit


# MARK: - Data


def read_data(path):
    """Returns {key: [line values as str lists]} from the exported text file."""
    records = {}
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().strip()
        if header != "# l2lab-benchmarks data v1":
            sys.exit(f"{path}:1: error: expected the L2LabBenchmarks export header, found {header!r}")
        for line in handle:
            key, _, rest = line.rstrip("\n").partition(" ")
            records.setdefault(key, []).append(rest.split())
    return records


def one(records, key, dtype):
    return np.array(records[key][0], dtype=dtype)


def scalar(records, key, kind):
    return kind(records[key][0][0])


# MARK: - Workloads 1 and 2: logistic regression


def logistic_data_loss(X, y, w, b):
    z = X @ w + b
    return float(np.sum(np.logaddexp(0.0, z) - y * z)) / len(y)


def logreg_fullbatch(X, y, lam, lr, epochs):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    objective = loss = None
    for _ in range(epochs):
        z = X @ w + b
        errors = (expit(z) - y) / n
        gradient = X.T @ errors + lam * w
        w -= lr * gradient
        b -= lr * float(np.sum(errors))
        loss = logistic_data_loss(X, y, w, b)
        objective = loss + 0.5 * lam * float(w @ w)
    return objective, loss


def logreg_minibatch(X, y, lam, lr, batch_size, orders):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    factor = 1.0 - lr * lam
    for order in orders:
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            rows = X[batch]
            residuals = expit(rows @ w + b) - y[batch]
            size = len(batch)
            gradient = (rows.T @ residuals) / size
            w *= factor
            w -= lr * gradient
            b -= lr * (float(np.sum(residuals)) / size)
    return w, b


# MARK: - Workload 3: bigram language model


class BigramModel:
    """The seen-bigrams-only model of L2Lab's BigramLanguageModel, built the same way."""

    def __init__(self, tokens, vocabulary_size):
        v = vocabulary_size
        keys = tokens[:-1] * v + tokens[1:]
        unique, counts = np.unique(keys, return_counts=True)
        previous = unique // v
        self.vocabulary_size = v
        self.next_words = unique % v
        self.pair_counts = counts.astype(np.float64)
        self.row_starts = np.zeros(v + 1, dtype=np.int64)
        self.row_starts[1:] = np.cumsum(np.bincount(previous, minlength=v))
        self.context_counts = np.bincount(previous, weights=self.pair_counts, minlength=v)
        self.bigram_count = float(len(keys))
        # The weight position of the bigram ending at each token position t >= 1.
        self.positions = np.searchsorted(unique, keys)

    @property
    def parameter_count(self):
        return len(self.next_words)

    def log_normalizer(self, w, p):
        start, end = self.row_starts[p], self.row_starts[p + 1]
        segment = w[start:end]
        unseen = self.vocabulary_size - (end - start)
        maximum = max(float(segment.max()) if end > start else -math.inf, 0.0 if unseen else -math.inf)
        return maximum + math.log(unseen * math.exp(-maximum) + float(np.sum(np.exp(segment - maximum))))

    def data_loss(self, w):
        total = 0.0
        for p in np.flatnonzero(self.context_counts):
            total += self.context_counts[p] * self.log_normalizer(w, p)
        total -= float(self.pair_counts @ w)
        return total / self.bigram_count


def power(base, exponent):
    """base**exponent by repeated squaring, in L2Lab's order of multiplications."""
    result, square = 1.0, base
    while exponent > 0:
        if exponent & 1:
            result *= square
        square *= square
        exponent >>= 1
    return result


def bigram_sgd_epoch(model, tokens, order, lr, lam):
    w = np.zeros(model.parameter_count)
    v = model.vocabulary_size
    factor = 1.0 - lr * lam
    row_starts = model.row_starts.tolist()
    positions = model.positions.tolist()
    tokens = tokens.tolist()
    decays_applied = [0] * v
    for step, t in enumerate(order):
        p = tokens[t - 1]
        start, end = row_starts[p], row_starts[p + 1]
        segment = w[start:end]
        behind = step - decays_applied[p]
        if behind:
            segment *= power(factor, behind)
        unseen = v - (end - start)
        maximum = float(segment.max())
        if unseen and maximum < 0.0:
            maximum = 0.0
        log_z = maximum + math.log(unseen * math.exp(-maximum) + float(np.sum(np.exp(segment - maximum))))
        gradient = np.exp(segment - log_z)
        gradient[positions[t - 1] - start] -= 1.0
        segment *= factor
        segment -= lr * gradient
        decays_applied[p] = step + 1
    steps = len(order)
    for p in range(v):
        behind = steps - decays_applied[p]
        if behind:
            w[row_starts[p]:row_starts[p + 1]] *= power(factor, behind)
    return w


# MARK: - Workload 4: matrix product


def matrix_operands(n):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    a = ((7 * i + 13 * j) % 101).astype(np.float64) / 101 - 0.5
    b = ((11 * i + 5 * j) % 103).astype(np.float64) / 103 - 0.5
    return a, b


# MARK: - Driver


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def blas_description():
    """Which BLAS NumPy uses, its core type and thread count, from numpy.show_config and the
    loaded OpenBLAS itself (threadpoolctl when installed)."""
    parts = [f"numpy {np.__version__}, scipy {scipy.__version__}"]
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        parts.append(f"BLAS {blas.get('name')} {blas.get('version')}")
    except Exception as error:  # show_config's layout is not a stable API
        parts.append(f"BLAS unknown ({error})")
    try:
        import threadpoolctl
        for pool in threadpoolctl.threadpool_info():
            parts.append(f"threadpoolctl: {pool.get('internal_api')} {pool.get('architecture')} "
                         f"threads={pool.get('num_threads')}")
    except ImportError:
        parts.append("threadpoolctl not installed")
        with open("/proc/self/maps", encoding="utf-8") as maps:
            libraries = {line.split()[-1] for line in maps if "openblas" in line.lower()}
        for path in sorted(libraries):
            library = ctypes.CDLL(path)
            for prefix in ("scipy_openblas_", "openblas_"):
                suffix = "64_" if prefix.startswith("scipy") else ""
                corename = getattr(library, f"{prefix}get_corename{suffix}", None)
                threads = getattr(library, f"{prefix}get_num_threads{suffix}", None)
                if corename is not None and threads is not None:
                    corename.restype = ctypes.c_char_p
                    parts.append(f"OpenBLAS core {corename().decode()}, threads {threads()}")
                    break
    parts.append(f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}")
    parts.append(f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', '(unset)')}")
    return "; ".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="the file written by L2LabBenchmarks --export")
    parser.add_argument("--repetitions", type=int, default=1, help="runs of every workload")
    arguments = parser.parse_args()

    records = read_data(arguments.data)
    rows, columns = one(records, "sentences.shape", np.int64)
    X = sp.csr_matrix((one(records, "sentences.values", np.float64),
                       one(records, "sentences.column_indices", np.int32),
                       one(records, "sentences.row_starts", np.int32)), shape=(rows, columns))
    y = one(records, "sentences.labels", np.float64)
    lam = scalar(records, "logistic.lambda", float)
    orders = [np.array(order, dtype=np.int64) for order in records["minibatch.order"]]
    tokens = one(records, "bigram.tokens", np.int64)
    bigrams = BigramModel(tokens, scalar(records, "bigram.vocabulary_size", int))
    bigram_order = [int(t) for t in records["bigram.order"][0]]
    bigram_lambda = scalar(records, "bigram.lambda", float)
    sizes = [int(size) for size in records["matrix.sizes"][0]]
    print(f"# numpy: {blas_description()}", file=sys.stderr)

    def report(name, seconds, checksums):
        print(" ".join(["RESULT", "numpy", name, repr(seconds)] + [repr(float(c)) for c in checksums]),
              flush=True)

    for _ in range(arguments.repetitions):
        checksums, seconds = timed(lambda: logreg_fullbatch(
            X, y, lam, scalar(records, "fullbatch.learning_rate", float),
            scalar(records, "fullbatch.epochs", int)))
        report("logreg-fullbatch", seconds, checksums)

        (w, b), seconds = timed(lambda: logreg_minibatch(
            X, y, lam, scalar(records, "minibatch.learning_rate", float),
            scalar(records, "minibatch.batch_size", int), orders))
        loss = logistic_data_loss(X, y, w, b)
        report("logreg-minibatch", seconds, [loss + 0.5 * lam * float(w @ w), loss])

        w, seconds = timed(lambda: bigram_sgd_epoch(
            bigrams, tokens, bigram_order, scalar(records, "bigram.learning_rate", float), bigram_lambda))
        loss = bigrams.data_loss(w)
        report("bigram-sgd", seconds, [loss + 0.5 * bigram_lambda * float(w @ w), loss])

        for n in sizes:
            a, b = matrix_operands(n)
            a @ b  # untimed warm-up: OpenBLAS allocates its buffers on the first call
            product, seconds = timed(lambda: a @ b)
            report(f"matmul-{n}", seconds, [float(np.sum(product)), product[n - 1, 0]])


if __name__ == "__main__":
    main()
