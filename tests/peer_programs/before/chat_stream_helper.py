"""Task 7 against today's client: no stream helper, so the chunks are read one by one and the
final text put together by hand; the text alone, read from the chunks again."""

from acedatacloud_claude import Client
from acedatacloud_claude.models import ChatCompletionMessageParam

client = Client()

stream = client.chat.completions.create(
    model="claude-sonnet-4-6",
    messages=[ChatCompletionMessageParam(role="user", content="Hi")],
    stream=True,
)
pieces: list[str] = []
with stream:
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            print(chunk.choices[0].delta.content, end="", flush=True)
            pieces.append(chunk.choices[0].delta.content)
    print()

print("final:", "".join(pieces))

stream = client.chat.completions.create(
    model="claude-sonnet-4-6",
    messages=[ChatCompletionMessageParam(role="user", content="Hi")],
    stream=True,
)
with stream:
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            print(chunk.choices[0].delta.content, end="", flush=True)
    print()
