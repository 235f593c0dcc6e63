"""What `telik info` reports: the package version, the pipeline's components in order, the trained model."""
from __future__ import annotations

from typing import Any

from telik import __version__


def pipeline_info() -> dict[str, Any]:
    """Version, spaCy component names in pipeline order, and the shipped model's card figures."""
    from telik.nlp.pipeline import get_nlp
    from telik.nlp.trained import model_meta

    meta = model_meta()
    return {
        "version": __version__,
        "components": get_nlp().pipe_names,
        "model": {
            "name": f"{meta['lang']}_{meta['name']}",
            "version": meta["version"],
            "license": meta.get("license", ""),
            "sources": [s["name"] for s in meta.get("sources", [])],
            "scores": meta.get("telik_scores", {}),
        },
    }


def format_info(info: dict[str, Any]) -> str:
    """The same facts as plain lines for a terminal."""
    model = info["model"]
    lines = [
        f"telik {info['version']}",
        "pipeline: " + " -> ".join(info["components"]),
        f"model: {model['name']} {model['version']} ({model['license']})",
        "trained on: " + "; ".join(model["sources"]),
    ]
    for part, figures in model["scores"].items():
        lines.append(f"held-out {part}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return "\n".join(lines)
