"""Task 8 against today's client: each message built as a model.

Against the mock server: ``Prefer: code=429`` asks it for its documented 429 answer, a
microsecond timeout cannot be met, and nothing listens on port 1."""

from acedatacloud_claude import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    Client,
    RateLimitError,
)
from acedatacloud_claude.models import ChatCompletionMessageParam

client = Client(max_retries=3, timeout=20.0)


def ask(client: Client, prompt: str) -> str | None:
    try:
        completion = client.chat.completions.create(
            model="claude-sonnet-4-6",
            messages=[ChatCompletionMessageParam(role="user", content=prompt)],
        )
    except RateLimitError as e:
        print(f"rate limited ({e.status_code}), try again later")
    except APIStatusError as e:
        print(f"the API answered {e.status_code}: {e.message}")
    except APITimeoutError:
        print("the request timed out")
    except APIConnectionError as e:
        print(f"the API could not be reached: {e}")
    else:
        return completion.choices[0].message.content
    return None


print("answer:", ask(client, "Hi"))

rate_limited = client.with_options(max_retries=0, default_headers={"Prefer": "code=429"})
print("answer:", ask(rate_limited, "Hi"))

impatient = client.with_options(max_retries=0, timeout=0.000_001)
print("answer:", ask(impatient, "Hi"))

unreachable = client.with_options(max_retries=1, base_url="http://127.0.0.1:1")
print("answer:", ask(unreachable, "Hi"))
