from telik.cli import main

main()
