using System.Text.Json.Serialization;

namespace InternalControl.Workflows.Runtime;

/// <summary>The case state's JSON, generated at build time: every transition reads and writes it, and reflection-based serialization costs several times more.</summary>
[JsonSerializable(typeof(CaseStateData))]
internal sealed partial class CaseStateJson : JsonSerializerContext;
