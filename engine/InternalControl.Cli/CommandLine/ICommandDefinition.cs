using System.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.CommandLine;

/// <summary>One command of `ic`: builds its System.CommandLine node with texts in the reader's language.</summary>
internal interface ICommandDefinition
{
    Command Build(Localizer texts, CommandRunner runner);
}
