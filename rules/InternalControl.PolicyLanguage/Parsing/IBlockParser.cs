using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>
/// Parses one kind of top-level block of a policy file that the policy parser does not know itself
/// (workflows/ registers one for Kw.Workflow). The policy parser calls <see cref="Parse"/> with the cursor
/// on the block's opening keyword; the block parser consumes through the block's closing "end" and reports
/// problems through the cursor (never throws for bad input).
/// </summary>
public interface IBlockParser
{
    /// <summary>The keyword concept that opens the block, e.g. Kw.Workflow.</summary>
    string Concept { get; }

    /// <summary>Parses the block, from its opening keyword through its closing "end".</summary>
    BlockSyntax Parse(TokenCursor cursor);
}
