"""Whether CTranslate2 (and so Whisper) can use a CUDA GPU here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CudaStatus:
    device_count: int
    detail: str

    @property
    def available(self) -> bool:
        return self.device_count > 0


def cuda_status() -> CudaStatus:
    """Ask CTranslate2 how many CUDA devices it sees; never raises."""
    try:
        import ctranslate2
    except ImportError as exc:
        return CudaStatus(0, f"CTranslate2 is not installed ({exc})")
    try:
        count = int(ctranslate2.get_cuda_device_count())
    except Exception as exc:  # a broken CUDA install surfaces here as anything
        return CudaStatus(0, f"CUDA could not be queried ({exc})")
    if count == 0:
        return CudaStatus(0, "no CUDA GPU visible to CTranslate2; Whisper runs on the CPU")
    return CudaStatus(count, f"{count} CUDA device(s) visible to CTranslate2")
