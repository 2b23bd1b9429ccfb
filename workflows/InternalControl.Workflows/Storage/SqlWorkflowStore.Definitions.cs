using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Storage;

/// <summary>Stored definitions: the policy text of every workflow version a school has run.</summary>
internal sealed partial class SqlWorkflowStore
{
    public void SaveDefinition(long schoolId, WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _commands.Execute(
            "INSERT INTO wf_definitions (school_id, name, version, hash, source) VALUES (@school_id, @name, @version, @hash, @source) ON CONFLICT DO NOTHING",
            null, ("@school_id", schoolId), ("@name", definition.Name), ("@version", definition.Version), ("@hash", definition.Hash), ("@source", definition.Source));
    }

    public string? DefinitionSource(long schoolId, string name, int version, string hash) =>
        _commands.Single(
            "SELECT source FROM wf_definitions WHERE school_id = @school_id AND name = @name AND version = @version AND hash = @hash",
            null, row => row.GetString(0), ("@school_id", schoolId), ("@name", name), ("@version", version), ("@hash", hash));
}
