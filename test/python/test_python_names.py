"""Every public name of the generated Python module reads as Python: PascalCase classes, snake_case
arguments, properties and methods, UPPER_CASE constants. The only name jsii renamed for a reserved word
is RequestIpCondition.in_ (TypeScript `in`), and the Python guide (docs/python.md) says so."""

import inspect
import re
from pathlib import Path

import cdktf_cloudflare_api_tokens as lib

DOCS = Path(__file__).resolve().parents[2] / "docs" / "python.md"

PUBLIC_API = {
    "AccountApiToken", "UserApiToken", "R2BucketToken", "R2Access", "Effect", "TokenStatus", "Resources",
    "R2Endpoint", "PermissionGroups", "TokenPolicy", "ApiTokenProps", "AccountApiTokenProps",
    "UserApiTokenProps", "TokenCondition", "RequestIpCondition", "R2BucketTokenProps", "IApiToken",
    "R2BucketRef",
}
# Names jsii changed because they are Python reserved words: Python name -> TypeScript name.
RESERVED_WORD_RENAMES = {"RequestIpCondition.in_": "RequestIpCondition.in"}

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*_?$")
CONSTANT = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
PASCAL = re.compile(r"^I?[A-Z][A-Za-z0-9]*$")


def public_classes():
    return {name: getattr(lib, name) for name in lib.__all__}


def members(cls):
    """Public attributes a class defines itself (properties, methods, constants)."""
    return sorted(name for name in vars(cls) if not name.startswith("_"))


def parameters(func):
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return []
    return [p for p in signature.parameters if p not in ("self", "cls", "args", "kwargs")]


def all_python_names():
    """(qualified name, kind, name) of every public name: members, constructor and method parameters."""
    names = []
    for class_name, cls in public_classes().items():
        if "__init__" in vars(cls):
            names += [(f"{class_name}({p}=)", "parameter", p) for p in parameters(cls.__init__)]
        for member in members(cls):
            names.append((f"{class_name}.{member}", "member", member))
            value = vars(cls)[member]
            func = getattr(value, "__func__", value)
            if inspect.isfunction(func):
                names += [(f"{class_name}.{member}({p}=)", "parameter", p) for p in parameters(func)]
    return names


def test_the_whole_public_api_is_exported():
    assert PUBLIC_API <= set(lib.__all__)


def test_class_names_are_pascal_case():
    assert [name for name in lib.__all__ if not PASCAL.match(name)] == []


def test_members_and_parameters_are_snake_case_or_constants():
    bad = [qualified for qualified, _, name in all_python_names() if not (SNAKE.match(name) or CONSTANT.match(name))]
    assert bad == []


def test_only_documented_reserved_word_renames():
    renamed = sorted(q for q, _, name in all_python_names() if name.endswith("_"))
    # in_ is both the keyword argument and the property of the struct.
    assert renamed == ["RequestIpCondition(in_=)", "RequestIpCondition.in_"]
    assert lib.RequestIpCondition(in_=["192.0.2.0/24"]).in_ == ["192.0.2.0/24"]


def test_renames_are_documented():
    docs = DOCS.read_text()
    for python_name, typescript_name in RESERVED_WORD_RENAMES.items():
        assert python_name in docs
        assert typescript_name in docs


def test_no_camel_case_leaks_into_python_names():
    leaked = [q for q, _, name in all_python_names() if re.search(r"[a-z][A-Z]", name)]
    assert leaked == []


def test_constants_are_strings():
    for cls in (lib.Effect, lib.TokenStatus, lib.R2Access):
        for name in members(cls):
            assert isinstance(getattr(cls, name), str), f"{cls.__name__}.{name}"


def test_permission_group_constants():
    names = members(lib.PermissionGroups)
    assert len(names) > 100
    assert all(CONSTANT.match(n) for n in names)
    assert all(re.fullmatch(r"[0-9a-f]{32}", getattr(lib.PermissionGroups, n)) for n in names)
    assert "ZONE_READ" in names and "WORKERS_R2_STORAGE_BUCKET_ITEM_READ" in names


def test_props_classes_match_construct_keywords():
    # The constructs take their props as keyword arguments with the props classes' names.
    for construct, props in [
        (lib.AccountApiToken, lib.AccountApiTokenProps),
        (lib.UserApiToken, lib.UserApiTokenProps),
        (lib.R2BucketToken, lib.R2BucketTokenProps),
    ]:
        assert set(parameters(construct.__init__)) - {"scope", "id"} == set(parameters(props.__init__))
