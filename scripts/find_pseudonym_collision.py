#!/usr/bin/env python3
"""Finds two ids that share one pseudonym (see scripts/pseudonyms.py) under a salt, by the
birthday bound: 10 hex characters are 40 bits, so about 1.3 million ids are hashed before two
meet. Made fixtures/privacy/colliding-ids.csv (salt "orgnet-collision-salt"):

    python3 scripts/find_pseudonym_collision.py orgnet-collision-salt
    user725531@example.com user985711@example.com p-884448ef26

It takes a minute or two and about 200 MB.
"""
import hashlib
import hmac
import sys


def main() -> int:
    salt = (sys.argv[1] if len(sys.argv) > 1 else "orgnet-collision-salt").encode("utf-8")
    seen = {}
    i = 0
    while True:
        person_id = f"user{i}@example.com"
        short = hmac.new(salt, person_id.encode("utf-8"), hashlib.sha256).hexdigest()[:10]
        if short in seen:
            print(seen[short], person_id, "p-" + short)
            return 0
        seen[short] = person_id
        i += 1


if __name__ == "__main__":
    sys.exit(main())
