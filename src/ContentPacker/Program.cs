using ContentPacker.Cli;

return PackerCli.Run(args);
