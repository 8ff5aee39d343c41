"""Task 1: a plain chat completion, as openai users write it."""

from acedatacloud_claude import Client

client = Client()

completion = client.chat.completions.create(
    model="claude-sonnet-4-6",
    messages=[{"role": "user", "content": "Hi"}],
)
print(completion.choices[0].message.content)
