using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Versions: every definition that came from policy text is stored with the school on open, and a case whose
/// version is no longer in the loaded policy is run on the stored text of that version (checked by its hash).
/// </summary>
public sealed partial class WorkflowRuntime
{
    private readonly Dictionary<(string Name, int Version, string Hash), WorkflowDefinition?> _stored = [];

    /// <summary>
    /// Stores the definitions the database does not hold yet. Opening writes nothing when the policy did not change,
    /// and nothing at all on a database opened for reading (hardening, finding 9): a reader starts no case, so a
    /// definition it alone knows is never needed from the database.
    /// </summary>
    private void StoreDefinitions()
    {
        if (_options.Database.IsReadOnly)
        {
            return;
        }

        foreach (var definition in _options.Definitions.All.Where(d => d.Source is not null))
        {
            if (_store.DefinitionSource(SchoolId, definition.Name, definition.Version, definition.Hash) is null)
            {
                _store.SaveDefinition(SchoolId, definition);
            }
        }
    }

    /// <summary>The definition a case runs on: the loaded one when its hash matches, else the stored text of that version.</summary>
    private WorkflowDefinition? Definition(string name, int version, string hash)
    {
        if (_options.Definitions.Find(name, version) is { } loaded && loaded.Hash == hash)
        {
            return loaded;
        }

        if (_stored.TryGetValue((name, version, hash), out var known))
        {
            return known;
        }

        var source = _store.DefinitionSource(SchoolId, name, version, hash);
        var found = source is null
            ? null
            : WorkflowBinder.Load(source, $"{name}@{version}").Value?.FirstOrDefault(d => d.Name == name && d.Version == version && d.Hash == hash);
        _stored[(name, version, hash)] = found;
        return found;
    }
}
