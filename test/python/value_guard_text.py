"""The Terraform text of the value guard (src/tokens/private/value-guard.ts), for tests that read synthesized JSON."""


def hash_local_text(value_reference):
    """The hash local of a token value: its sha256, or "" when the value is null or empty."""
    return "${(length(compact([" + value_reference + "])) == 1) ? sha256(" + value_reference + ') : ""}'


def guarded_secret_pattern(hash_reference):
    """A regular expression (for re.fullmatch) of the guarded S3 secret: sensitive() of the hash, or the guard's
    error when it is empty. hash_reference is a regular expression; its groups come first in the match."""
    return (
        r"\$\{sensitive\(\(length\(compact\(\[" + hash_reference + r"\]\)\) == 1\) \? " + hash_reference
        + r' : tobool\("[^"]* has no token value [^"]*"\)\)\}'
    )


def hash_local_pattern(value_reference):
    """A regular expression (for re.fullmatch) of the hash local of a value matched by value_reference."""
    return r"\$\{\(length\(compact\(\[" + value_reference + r"\]\)\) == 1\) \? sha256\(" + value_reference + r'\) : ""\}'

