"""Task 2: a streamed chat completion, read chunk by chunk, as openai users write it."""

from acedatacloud_claude import Client

client = Client()

stream = client.chat.completions.create(
    model="claude-sonnet-4-6",
    messages=[{"role": "user", "content": "Hi"}],
    stream=True,
)
for chunk in stream:
    print(chunk.choices[0].delta.content or "", end="")
print()
