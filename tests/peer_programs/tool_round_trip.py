"""Task 4: a tool round trip, as anthropic users write it: the tool described by a JSON schema,
Claude's ``tool_use`` block read, and its result sent back as a ``tool_result`` block.

(The mock server answers with a text block, never a tool call: then the answer is printed.)"""

import json

from acedatacloud_claude import Client
from acedatacloud_claude.models import MessageParam, ToolParam

client = Client()

tools: list[ToolParam] = [
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
messages: list[MessageParam] = [{"role": "user", "content": "What is the weather in Paris?"}]


def get_weather(tool_input: object) -> str:
    return f"21 degrees and sunny ({json.dumps(tool_input)})"


response = client.messages.create(
    model="claude-sonnet-4-6", max_tokens=1024, tools=tools, messages=messages
)
tool_use = next((block for block in response.content if block.type == "tool_use"), None)
if tool_use is None:
    print("no tool call:", " ".join(b.text for b in response.content if b.type == "text"))
else:
    print(f"Claude called {tool_use.name} with {tool_use.input}")
    messages.append({"role": "assistant", "content": response.content})
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
        model="claude-sonnet-4-6", max_tokens=1024, tools=tools, messages=messages
    )
    for block in final.content:
        if block.type == "text":
            print(block.text)
