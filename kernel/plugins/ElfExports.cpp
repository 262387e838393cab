#include "plugins/ElfExports.h"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <stdexcept>

namespace sluice::plugins {

namespace {

template <class T>
T readAt(std::ifstream& in, uint64_t offset) {
    T value{};
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(&value), sizeof value);
    if (!in) throw std::runtime_error("truncated ELF file");
    return value;
}

std::string readBytes(std::ifstream& in, uint64_t offset, uint64_t size) {
    if (size > (64u << 20)) throw std::runtime_error("ELF section too large");
    std::string bytes(size, '\0');
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in) throw std::runtime_error("truncated ELF file");
    return bytes;
}

Elf64_Ehdr readHeader(std::ifstream& in) {
    auto header = readAt<Elf64_Ehdr>(in, 0);
    if (std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0) throw std::runtime_error("not an ELF file");
    if (header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_ident[EI_DATA] != ELFDATA2LSB)
        throw std::runtime_error("not a 64-bit little-endian ELF file");
    if (header.e_type != ET_DYN) throw std::runtime_error("not a shared library");
    if (header.e_shentsize != sizeof(Elf64_Shdr)) throw std::runtime_error("unexpected ELF section header size");
    return header;
}

}  // namespace

std::vector<std::string> exportedSymbols(const std::string& libraryPath) {
    std::ifstream in(libraryPath, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + libraryPath);
    Elf64_Ehdr header = readHeader(in);
    std::vector<std::string> names;
    for (uint16_t i = 0; i < header.e_shnum; ++i) {
        auto section = readAt<Elf64_Shdr>(in, header.e_shoff + uint64_t(i) * sizeof(Elf64_Shdr));
        if (section.sh_type != SHT_DYNSYM || section.sh_link >= header.e_shnum) continue;
        auto strings = readAt<Elf64_Shdr>(in, header.e_shoff + uint64_t(section.sh_link) * sizeof(Elf64_Shdr));
        std::string table = readBytes(in, strings.sh_offset, strings.sh_size);
        std::string symbols = readBytes(in, section.sh_offset, section.sh_size);
        for (size_t at = 0; at + sizeof(Elf64_Sym) <= symbols.size(); at += sizeof(Elf64_Sym)) {
            Elf64_Sym symbol;
            std::memcpy(&symbol, symbols.data() + at, sizeof symbol);
            bool global = ELF64_ST_BIND(symbol.st_info) == STB_GLOBAL || ELF64_ST_BIND(symbol.st_info) == STB_WEAK;
            bool visible = ELF64_ST_VISIBILITY(symbol.st_other) == STV_DEFAULT ||
                           ELF64_ST_VISIBILITY(symbol.st_other) == STV_PROTECTED;
            if (!global || !visible || symbol.st_shndx == SHN_UNDEF || symbol.st_name >= table.size()) continue;
            names.emplace_back(table.c_str() + symbol.st_name);
        }
    }
    return names;
}

}  // namespace sluice::plugins
