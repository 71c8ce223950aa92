"""`python -m dateline.cli`, as the tests and bench/scaleout.py run it (PYTHONPATH may point at another checkout)."""

from dateline.cli import main

if __name__ == "__main__":
    main()
