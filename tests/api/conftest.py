from tests.permission_matrix.conftest import matrix_world, mw  # noqa: F401
