"""Allow ``python -m autocapture`` to behave exactly like the ``autocapture`` script."""

from autocapture.cli import main

if __name__ == "__main__":
    main()
