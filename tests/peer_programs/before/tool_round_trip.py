"""Task 4 against today's client: ``tools`` are plain dicts, every field of a content block is
optional, and a ``tool_result`` block fits no message model: the conversation travels as
plain dicts in ``extra_body``, which replaces the typed ``messages``."""

import json
from typing import Any

from acedatacloud_claude import Client

client = Client()

tools: list[dict[str, Any]] = [
    {
        "name": "get_weather",
        "description": "Get the current weather in a given city.",
        "input_schema": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "The city, e.g. Paris"}},
            "required": ["city"],
        },
    }
]
messages: list[dict[str, Any]] = [{"role": "user", "content": "What is the weather in Paris?"}]


def get_weather(tool_input: object) -> str:
    return f"21 degrees and sunny ({json.dumps(tool_input)})"


response = client.messages.create(
    model="claude-sonnet-4-6",
    max_tokens=1024,
    tools=tools,
    messages=[],
    extra_body={"messages": messages},
)
tool_use = next((block for block in response.content if block.type == "tool_use"), None)
if tool_use is None or tool_use.id is None:
    print("no tool call:", " ".join(b.text or "" for b in response.content if b.type == "text"))
else:
    print(f"Claude called {tool_use.name} with {tool_use.input}")
    content = [block.model_dump(exclude_none=True) for block in response.content]
    messages.append({"role": "assistant", "content": content})
    messages.append(
        {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": tool_use.id,
                    "content": get_weather(tool_use.input),
                }
            ],
        }
    )
    final = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=1024,
        tools=tools,
        messages=[],
        extra_body={"messages": messages},
    )
    for block in final.content:
        if block.type == "text":
            print(block.text)
