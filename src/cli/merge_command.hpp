#pragma once
#include "cli/command.hpp"

namespace gt {

/// `geotimeline merge SHARD_FOLDER... [--out DIR]`: combines the output folders of every shard
/// of one render (`render --shard I/N`) into OUT/<scenario>/: the same files and manifest.json,
/// byte for byte, as a single run. The target is replaced atomically, like a render's.
class MergeCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "merge"; }
    [[nodiscard]] std::string description() const override {
        return "combine the folders of 'render --shard I/N' runs into OUT/<scenario>/";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    std::vector<std::string> shards_;
    std::string out_ = "out";
    bool quiet_ = false;
};

}  // namespace gt
